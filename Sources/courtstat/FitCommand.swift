import ArgumentParser
import CourtstatData
import CourtstatModels
import Foundation

/// `courtstat fit MODEL --data FILE --y COL --x COL[,COL…]`: a regression on a numeric CSV.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a regression model to a numeric CSV file, with R's estimates, standard errors and tests.",
        discussion: """
        Models: ols (lm; --robust for HC3 standard errors), poisson (glm, log link), quasipoisson \
        (Pearson dispersion, t tests), negbin (MASS::glm.nb: theta by maximum likelihood, standard \
        errors with theta fixed), logistic (glm, binomial: a 0/1 outcome, or with --trials COL \
        successes in --y out of that many trials, as glm(cbind(y, trials - y) ~ …)). GLMs are fitted by IRLS to \
        a relative deviance change below 1e-14 (or within its rounding, once the fitted values stop moving); intervals are Wald intervals (z, or t on \
        df_residual for ols and quasipoisson). The intercept term is named 'intercept'.
        JSON prints {"terms": [...], "glance": {...}}; CSV prints the terms (--glance: the \
        one-row glance table instead); a table shows both.
        Bad data (a missing column, a non-numeric or infinite cell, too few rows, negative or \
        fractional counts, separation, collinear predictors) exits 65 with file:line:column.
        """)

    @Argument(help: "The model: ols, poisson, quasipoisson, negbin or logistic.")
    var model: String

    @Option(help: "The CSV file: a header of column names, then rows of numbers.")
    var data: String

    @Option(help: "The response column.")
    var y: String

    @Option(help: "Predictor columns, comma-separated, in the order the terms are reported.")
    var x: String?

    @Option(help: "A column added to the linear predictor as is, e.g. log(exposure) (count models).")
    var offset: String?

    @Option(help: "A column of exposures (> 0), e.g. days per period; its log is the offset (count models).")
    var exposure: String?

    @Option(help: "logistic: a column of trials (whole numbers ≥ 1); --y then counts the successes among them (grouped binomial data).")
    var trials: String?

    @Flag(help: "Fit without an intercept.")
    var noIntercept = false

    @Flag(help: "HC3 heteroscedasticity-consistent standard errors (ols only).")
    var robust = false

    @Option(help: "Standard errors: model, or hac (Newey-West, as sandwich::NeweyWest(fit, lag, prewhite = FALSE, adjust = FALSE); rows in time order; ols and the count models).")
    var se = "model"

    @Option(name: .customLong("hac-lag"), help: "Newey-West lag (default floor(4 (n/100)^(2/9))).")
    var hacLag: Count?

    @Flag(help: "With --format csv: print the one-row glance table instead of the terms.")
    var glance = false

    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "Confidence level of the intervals, in (0, 1).")
    var confLevel = ConfidenceLevel(argument: "0.95")

    @OptionGroup var output: OutputOptions

    var kind: ModelKind {
        get throws {
            guard let kind = ModelKind(rawValue: model) else {
                throw CLIError.usage("MODEL", expected: "one of ols, poisson, quasipoisson, negbin, logistic", got: model)
            }
            return kind
        }
    }

    var predictors: [String] {
        get throws {
            guard let x else { return [] }
            let names = x.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !names.contains(where: \.isEmpty) else { throw CLIError.usage("--x", expected: "comma-separated column names", got: x) }
            if let twice = names.enumerated().first(where: { names[..<$0.offset].contains($0.element) }) {
                throw CLIError.usage("--x", expected: "each column once", got: "\(twice.element) twice")
            }
            return names
        }
    }

    func validate() throws {
        let kind = try kind
        let names = try predictors
        if names.isEmpty && noIntercept { throw CLIError.usage("--x", expected: "a predictor when --no-intercept is given", got: "none") }
        if names.contains(y) { throw CLIError.usage("--x", expected: "columns other than the response", got: y) }
        if robust && kind != .ols { throw CLIError.usage("--robust", expected: "model ols (HC3 is for least squares)", got: kind.rawValue) }
        if offset != nil && exposure != nil { throw CLIError.usage("--exposure", expected: "either --offset or --exposure, not both", got: exposure!) }
        if (offset != nil || exposure != nil) && (kind == .ols || kind == .logistic) {
            throw CLIError.usage(offset != nil ? "--offset" : "--exposure", expected: "a count model (poisson, quasipoisson, negbin)", got: kind.rawValue)
        }
        if trials != nil, kind != .logistic { throw CLIError.usage("--trials", expected: "model logistic (grouped binomial data)", got: kind.rawValue) }
        if let trials, trials == y || names.contains(trials) { throw CLIError.usage("--trials", expected: "a column other than the response and the predictors", got: trials) }
        _ = try confLevel.value("--conf-level")
        guard se == "model" || se == "hac" else { throw CLIError.usage("--se", expected: "model or hac", got: se) }
        if se == "hac" && (kind == .logistic || robust) {
            throw CLIError.usage("--se", expected: "hac with ols, poisson, quasipoisson or negbin (not with --robust)", got: kind == .logistic ? kind.rawValue : "hac with --robust")
        }
        if hacLag != nil && se != "hac" { throw CLIError(status: .usage, message: "--hac-lag: applies to --se hac only") }
        _ = try hacLag?.value("--hac-lag")
    }

    func run() throws {
        let kind = try kind, names = try predictors
        let level = try confLevel.value("--conf-level")
        let table = try NumericTable(source: InputSource(path: data))
        let response = try table.column(y, option: "--y")
        let columns = try names.map { ($0, try table.column($0, option: "--x")) }
        var offsetValues: [Double]? = nil, offsetName = "offset"
        if let offset { offsetValues = try table.column(offset, option: "--offset"); offsetName = offset }
        if let exposure { offsetValues = try table.logExposure(exposure, option: "--exposure"); offsetName = exposure }
        let trialValues = try trials.map { try table.column($0, option: "--trials") }
        let intercept = !noIntercept, robust = robust, y = y, trialsName = trials ?? "trials"
        let result = Result { () throws(ModelError) -> ModelFit in
            let design = try Design(columns, intercept: intercept, rowCount: response.count)
            return try GeneralizedLinearModel.fit(kind, y: response, design: design, offset: offsetValues, trials: trialValues,
                                                  robust: robust, options: .init(confLevel: level), responseName: y,
                                                  offsetName: offsetName, trialsName: trialsName)
        }
        var fit: ModelFit
        switch result {
        case .success(let value): fit = value
        case .failure(let error): throw FitOutput.cliError(error, table: table)
        }
        if se == "hac" {
            let lag = try hacLag?.value("--hac-lag") ?? NeweyWest.defaultLag(n: response.count)
            guard lag < response.count else { throw CLIError.usage("--hac-lag", expected: "a lag below the \(response.count) rows", got: "\(lag)") }
            do { fit = try fit.withNeweyWest(y: response, lag: lag) } catch { throw FitOutput.cliError(error, table: table) }
        }
        FitOutput.emit(fit, options: output, glanceOnly: glance)
    }
}
