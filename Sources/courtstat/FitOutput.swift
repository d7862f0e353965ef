import CourtstatExport
import CourtstatModels
import Foundation

/// How `fit` prints a model: tidy term rows and the glance row under DESIGN.md's names, and
/// how its model errors become exit statuses and located messages.
enum FitOutput {
    static func termRow(_ t: TermEstimate) -> TidyRow {
        TidyRow([("term", .text(t.term)), ("estimate", .number(t.estimate)), ("std_error", .number(t.stdError)),
                 ("statistic", .number(t.statistic)), ("df", .number(t.df)), ("p_value", .number(t.pValue)),
                 ("conf_low", .number(t.confLow)), ("conf_high", .number(t.confHigh)),
                 ("conf_level", .number(t.confLevel)), ("method", .text(t.method))])
    }

    static func glanceRow(_ g: ModelGlance) -> TidyRow {
        TidyRow([("model", .text(g.model.rawValue)), ("n", .integer(g.n)), ("df_residual", .integer(g.dfResidual)),
                 ("df_null", .integer(g.dfNull)), ("deviance", .number(g.deviance)),
                 ("null_deviance", .number(g.nullDeviance)), ("log_lik", .number(g.logLik)), ("aic", .number(g.aic)),
                 ("dispersion", .number(g.dispersion)), ("theta", .number(g.theta)),
                 ("theta_std_error", .number(g.thetaStdError)), ("iterations", .integer(g.iterations)),
                 ("r_squared", .number(g.rSquared)), ("adj_r_squared", .number(g.adjRSquared)),
                 ("sigma", .number(g.sigma)), ("f_statistic", .number(g.fStatistic)), ("f_df", .number(g.fDf)),
                 ("f_p_value", .number(g.fPValue)), ("condition_number", .number(g.conditionNumber)),
                 ("notes", .list(g.notes))])
    }

    /// JSON: {"terms": [...], "glance": {...}}; CSV: the terms (or the glance row); table: both.
    static func emit(_ fit: ModelFit, options: OutputOptions, glanceOnly: Bool) {
        let number = NumberFormat(significantDigits: options.digits ?? 17)
        let terms = fit.terms.map(termRow), glance = glanceRow(fit.glance)
        let text: String
        switch options.resolvedFormat {
        case .json:
            let writer = JSONWriter(format: number)
            text = "{\"terms\": [" + terms.map(writer.object).joined(separator: ", ") + "], \"glance\": "
                + writer.object(glance) + "}\n"
        case .csv:
            text = CSVWriter(format: number).render(glanceOnly ? [glance] : terms)
        case .table:
            text = TableWriter(format: options.digits.map { NumberFormat(significantDigits: $0) } ?? .table)
                .render(terms + [glance])
        }
        for note in fit.glance.notes where note.contains("ill-conditioned") {
            FileHandle.standardError.write(Data("courtstat: note: \(note)\n".utf8))
        }
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
            return CLIError(status: .data, message: "\(table.file): \(error)")
        }
    }
}
