import CourtstatAnalyses
import CourtstatData

/// `claims.png/.svg` (DESIGN.md, Publication-ready output): one row per claim, each on its own
/// axis (ratios, rates and shares do not share a scale): the region the claim asserts shaded, the
/// 95% interval as a bar, the estimate from the published numbers as a diamond, and the verdict
/// in words and colour at the right. A claim that could not be checked shows its row empty with
/// the reason. Shares are drawn in percent.
public enum ClaimsChart {
    /// The region a claim asserts, as (low, high) with infinite open ends; nil when it names
    /// none (kind same: about 1 ± margin; kind greater: above 0).
    public static func region(_ claim: Claim) -> (low: Double, high: Double)? {
        func number(_ key: String) -> Double? {
            if case .number(let v)? = claim.table.entries[key]?.value { return v }
            return nil
        }
        let kind = claim.kind
        if let v = number("at_least") ?? number("more_than") { return (v, .infinity) }
        if let v = number("at_most") ?? number("less_than") { return (-.infinity, v) }
        if let v = number("about") { let m = number("margin") ?? ClaimRegion.defaultAboutMargin; return (v * (1 - m), v * (1 + m)) }
        if kind == .same { let m = number("margin") ?? ClaimRegion.defaultSameMargin; return (1 - m, 1 + m) }
        if kind == .greater { return (0, .infinity) }
        return nil
    }

    static func axisWords(_ kind: ClaimKind) -> (label: String, scale: Double) {
        switch kind {
        case .ratio: ("ratio of the two counts", 1)
        case .rate: ("cases per period named in the claim", 1)
        case .share: ("share (%)", 100)
        case .greater: ("difference in shares (percentage points)", 100)
        case .same: ("ratio of the two rates", 1)
        case .trend: ("growth per period (%)", 100)
        }
    }

    /// The Okabe–Ito colour of a verdict: bluish green supported, vermillion contradicted, orange
    /// inconclusive.
    public static func verdictColor(_ v: Verdict) -> String {
        switch v {
        case .supported: OkabeIto.bluishGreen
        case .contradicted: OkabeIto.vermillion
        case .inconclusive: OkabeIto.orange
        }
    }

    /// The data file (one dataset per claim: estimate, low, high, region) and the script.
    public static func chart(_ claims: [ClaimResult], claims stated: [Claim], name: String = "claims",
                             frame: ChartFrame = ChartFrame(), source: String) -> (data: GnuplotData, script: String) {
        let q = GnuplotString.quote
        let f = NumberFormat.full
        var datasets: [(label: String, rows: [[Cell]])] = []
        for (i, c) in claims.enumerated() {
            let scale = axisWords(c.kind).scale
            let r = i < stated.count ? region(stated[i]) : nil
            datasets.append((label: c.claim, rows: [[.number(c.estimate.map { $0 * scale }), .number(0.5),
                                                     .number(c.confLow.map { $0 * scale }), .number(c.confHigh.map { $0 * scale }),
                                                     .number(r.map { $0.low * scale }), .number(r.map { $0.high * scale })]]))
        }
        let data = GnuplotData(columns: ["estimate", "row", "conf_low", "conf_high", "region_low", "region_high"], datasets: datasets,
                               comment: "one dataset per claim, in the claims file's order; shares and differences in percent")
        let rowHeight = 92, top = 60, bottom = 62
        let height = top + bottom + rowHeight * max(claims.count, 1)
        func screen(_ px: Int) -> String { f.string(Double(px) / Double(height)) }
        var lines = [
            "# Claims checked on \(GnuplotString.comment(source)): one row per claim.",
            "# Renders \(name).png and \(name).svg from \(name).dat: run `gnuplot \(name).gp` in this folder.",
            "reset",
            "set encoding utf8",
            "set datafile missing \"NaN\"",
        ]
        var body: [String] = ["set multiplot",
                              "set label 1 \(q("Published claims checked on \(source)")) at screen 0.5, screen \(screen(height - 22)) center font \",12\"",
                              "set label 2 \(q("Shaded: the region the claim asserts (dashed: its bound); diamond: the arithmetic of the published numbers; bar: its 95% interval; verdict at right.")) at screen 0.01, screen \(screen(bottom - 30)) left font \",9\" tc rgb \"#222222\"",
                              "set label 3 \(q("Source: " + source + " · claims " + (frame.source.isEmpty ? "" : "from " + frame.source))) at screen 0.01, screen \(screen(12)) left font \",8\" tc rgb \"#444444\""]
        if frame.synthetic {
            body.append("set label 4 \(q(GnuplotScript.syntheticMarker)) at screen 0.99, screen \(screen(height - 22)) right font \",13\" tc rgb \"\(OkabeIto.vermillion)\"")
        }
        body += ["unset key", "set border 1", "set tics nomirror", "unset ytics", "set yrange [0:1]",
                 "set lmargin at screen 0.03", "set rmargin at screen 0.80", "set xtics font \",8\"", "set xlabel offset 0,0.9 font \",8\""]
        for (i, c) in claims.enumerated() {
            let y0 = height - top - rowHeight * (i + 1)
            var (axis, scale) = axisWords(c.kind)
            if c.kind == .rate, i < stated.count, case .string(let per)? = stated[i].table.entries["per"]?.value { axis = "cases per \(per)" }
            let r = i < stated.count ? region(stated[i]) : nil
            let values = [c.estimate, c.confLow, c.confHigh, r?.low, r?.high].compactMap { $0 }.filter(\.isFinite).map { $0 * scale }
            let heading = c.claim + (i < stated.count ? stated[i].text.map { ": “" + String($0.prefix(110)) + ($0.count > 110 ? "…" : "") + "”" } ?? "" : "")
            body.append("set tmargin at screen \(screen(y0 + rowHeight - 22))")
            body.append("set bmargin at screen \(screen(y0 + 30))")
            body.append("set label 10 \(q(heading)) at screen 0.03, screen \(screen(y0 + rowHeight - 14)) left font \",9\"")
            let checked = c.estimate != nil && c.confLow != nil && c.confHigh != nil
            let verdict = checked ? c.verdict.rawValue.uppercased() : "NOT CHECKED"
            let color = checked ? verdictColor(c.verdict) : "#777777"
            body.append("set label 11 \(q(verdict)) at screen 0.82, screen \(screen(y0 + rowHeight / 2 - 4)) left font \",11\" tc rgb \"\(color)\"")
            if !checked {
                body.append("set label 12 \(q("needs case-level data or a figure it lacks: see report.md")) at screen 0.03, screen \(screen(y0 + rowHeight / 2 - 4)) left font \",9\" tc rgb \"#444444\"")
                body += ["unset xtics", "unset xlabel", "plot [0:1] NaN notitle lc rgb \"#000000\"", "unset label 12", "set xtics font \",8\""]
                continue
            }
            let lo = values.min()!, hi = values.max()!
            let pad = max((hi - lo) * 0.25, abs(hi) * 0.05, 1e-9)
            let (xmin, xmax) = (lo - pad, hi + pad)
            body.append("set xrange [\(f.string(xmin)):\(f.string(xmax))]")
            body.append("set xlabel \(q(axis))")
            if let r {
                let a = max(r.low * scale, xmin), b = min(r.high * scale, xmax)
                if a < b {
                    body.append("set object 1 rect from \(f.string(a)), graph 0 to \(f.string(b)), graph 1 fc rgb \"\(OkabeIto.bluishGreen)\" fs transparent solid 0.18 noborder behind")
                    for edge in [r.low, r.high] where edge.isFinite {
                        body.append("set arrow \(edge == r.low ? 1 : 2) from \(f.string(edge * scale)), graph 0 to \(f.string(edge * scale)), graph 1 nohead dashtype 2 lc rgb \"\(OkabeIto.bluishGreen)\"")
                    }
                }
            }
            body.append("plot '\(name).dat' index \(i) using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb \"\(OkabeIto.blue)\" notitle, \\\n"
                        + "     '\(name).dat' index \(i) using 1:2 with points pt 13 ps 1.8 lc rgb \"\(OkabeIto.black)\" notitle")
            body += ["unset object 1", "unset arrow 1", "unset arrow 2"]
        }
        body += ["unset multiplot"]
        let size = "size 1000,\(height)"
        lines += ["set terminal pngcairo \(size) font \"DejaVu Sans,10\" noenhanced", "set output \"\(name).png\""] + body
        lines += ["set terminal svg \(size) font \"DejaVu Sans,10\" noenhanced", "set output \"\(name).svg\""] + body + ["unset output"]
        return (data, lines.joined(separator: "\n") + "\n")
    }
}
