import CourtstatData
import CourtstatExport
import CourtstatModels
import Foundation

/// How `fit` prints a model: tidy term rows and the glance row under DESIGN.md's names, and
/// how its model errors become exit statuses and located messages.
enum FitOutput {
    /// JSON: {"terms": [...], "glance": {...}}; CSV: the terms (or the glance row); table: both.
    static func emit(_ fit: ModelFit, options: OutputOptions, glanceOnly: Bool) {
        let terms = fit.terms.map(ModelGlossary.termRow), glance = ModelGlossary.glanceRow(fit.glance)
        let text: String
        switch options.resolvedFormat {
        case .json: text = JSONWriter(format: options.numberFormat).render(JSONDocument([("terms", .rows(terms)), ("glance", .object(glance))]))
        case .csv: text = CSVWriter(format: options.numberFormat).render(glanceOnly ? [glance] : terms)
        case .table: text = TableWriter(format: options.tableFormat).render(terms + [glance])
        }
        Diagnostics.note(fit.glance.conditioningNote.map { [$0] } ?? [])
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Data problems exit 65 (with file:line:column where an observation is to blame); a
    /// failure of a numerical routine on valid data exits 70.
    static func cliError(_ error: ModelError, table: NumericTable) -> CLIError {
        switch error {
        case let .nonFinite(variable, observation, _), let .invalidCount(variable, observation, _, _),
             let .notBinary(variable, observation, _):
            return CLIError(status: .data, message: "\(table.location(row: observation, column: variable)): \(error)")
        case let .separation(_, observations):
            let first = observations.first.map { table.location(row: $0, column: "") } ?? table.file
            return CLIError(status: .data, message: "\(first): \(error)")
        case .numerics:
            return CLIError(status: .software, message: "\(table.file): \(error)")
        default:
            return CLIError(status: .data, message: "\(table.file): \(FlagNames.message(error))")
        }
    }
}
