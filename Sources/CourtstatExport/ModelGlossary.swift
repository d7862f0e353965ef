import CourtstatModels

/// Output names for fitted models (DESIGN.md): one row per term, and the one-row glance table.
public enum ModelGlossary {
    /// A term row; with Newey–West errors `std_error_model` (the model-based error) follows `std_error`.
    public static func termRow(_ t: TermEstimate) -> TidyRow {
        var row = TidyRow([("term", .text(t.term)), ("estimate", .number(t.estimate)), ("std_error", .number(t.stdError)),
                           ("statistic", .number(t.statistic)), ("df", .number(t.df)), ("p_value", .number(t.pValue)),
                           ("conf_low", .number(t.confLow)), ("conf_high", .number(t.confHigh)),
                           ("conf_level", .number(t.confLevel)), ("method", .text(t.method))])
        if let model = t.stdErrorModel { row.columns.insert((name: "std_error_model", cell: .number(model)), at: 3) }
        return row
    }

    /// A diagnostics row: `test, statistic, df, p_value, lag, method` (DESIGN.md).
    public static func diagnosticRow(_ d: DiagnosticTest) -> TidyRow {
        TidyRow([("test", .text(d.test)), ("statistic", .number(d.statistic)), ("df", .number(d.df)),
                 ("p_value", .number(d.pValue)), ("lag", .integer(d.lag)), ("method", .text(d.method))])
    }

    /// A model's summary row (broom's glance: n, residual df, deviance, AIC and the like).
    public static func glanceRow(_ g: ModelGlance) -> TidyRow {
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

    /// `{"terms": [...], "glance": {...}}` as JSON members (without the braces).
    public static func jsonMembers(_ fit: ModelFit, writer: JSONWriter) -> String {
        "\"terms\": [" + fit.terms.map { writer.object(termRow($0)) }.joined(separator: ", ") + "], \"glance\": "
            + writer.object(glanceRow(fit.glance))
    }
}
