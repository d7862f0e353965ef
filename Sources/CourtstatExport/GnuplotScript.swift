import CourtstatData
import Foundation

/// A gnuplot script that runs as is (`gnuplot trend.gp`, from its own folder) and renders its
/// chart twice: PNG (pngcairo) and SVG, next to the script. Each layer plots columns of a
/// `GnuplotData` file by name, so a test can check that every column plotted exists.
///
/// The conventions of DESIGN.md's "Publication-ready output": Okabe–Ito colours (`OkabeIto`),
/// axis titles in words, no legend of a single entry, a footer line with the data source and
/// period, notes above it, and "SYNTHETIC DATA" on a chart of synthetic data (and on no other).
/// Every text is written with `GnuplotString.quote`, so labels from files are drawn, never run.
public struct GnuplotScript: Sendable {
    /// One thing drawn from the .dat file's columns.
    public enum Layer: Sendable {
        /// A shaded band between two columns (filledcurves), e.g. a 95% interval.
        case band(index: Int, x: String, low: String, high: String, title: String)
        case line(index: Int, x: String, y: String, title: String)
        case points(index: Int, x: String, y: String, title: String)
        /// Points with vertical interval bars (no connecting line).
        case intervals(index: Int, x: String, y: String, low: String, high: String, title: String)
        /// Horizontal spans from `from` to `to` at height `y`: plain lines without caps (a
        /// period, not an interval).
        case spans(index: Int, x: String, y: String, from: String, to: String, title: String)
        case steps(index: Int, x: String, y: String, title: String)
        /// Open (hollow) markers: values drawn apart from the rest, e.g. incomplete periods.
        case openPoints(index: Int, x: String, y: String, title: String)
        /// Filled bars of a given width centred on x.
        case boxes(index: Int, x: String, y: String, width: Double, title: String)
    }

    public var name: String            // base name: name.dat, name.gp, name.png, name.svg
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var timeAxis: Bool
    public var yLogScale: Bool = false
    public var yFrom: Double? = nil
    public var yTo: Double? = nil
    /// Shares drawn in percent: the y axis runs 0–100 with ticks written "40%".
    public var yPercent = false
    /// Explicit x ticks (label, position), e.g. quarters written 2023-Q1 at their bins.
    public var xTics: [(label: String, x: Double)]? = nil
    /// A tick every `xTicStep` units from `xRange`'s start (numeric axes).
    public var xTicStep: Double? = nil
    public var xRange: (from: Double, to: Double)? = nil
    /// Where the key goes (gnuplot's `set key` position): top left by default, where a time
    /// series usually starts low; a chart whose data peak there puts it elsewhere.
    public var keyPosition = "top left"
    /// Vertical markers at x values (dates when timeAxis), with labels; a marker near the right
    /// edge (`leftOfLine`) has its label on the line's left. Labels of successive markers are
    /// staggered downwards so that near ones do not overlap.
    public var markers: [(x: String, label: String, leftOfLine: Bool)] = []
    /// Text labels just above data coordinates (x a date when timeAxis), left-aligned there,
    /// e.g. outlets over the start of their spans.
    public var labels: [(x: String, y: Double, text: String, color: String)] = []
    /// The colour of each layer, in order; Okabe–Ito by default.
    public var colors: [String] = OkabeIto.series
    /// The data source and period, drawn as the chart's last line.
    public var footer: String? = nil
    /// Lines drawn above the footer (what open markers are, where a fit misses).
    public var notes: [String] = []
    /// Marks the chart "SYNTHETIC DATA" (top right, in vermillion).
    public var synthetic = false
    public var layers: [Layer]

    /// A chart named `name` (its .dat, .png and .svg files) with the given titles and layers.
    public init(name: String, title: String, xLabel: String, yLabel: String, timeAxis: Bool, layers: [Layer]) {
        self.name = name; self.title = title; self.xLabel = xLabel; self.yLabel = yLabel
        self.timeAxis = timeAxis; self.layers = layers
    }

    /// The marker a chart of synthetic data carries.
    public static let syntheticMarker = "SYNTHETIC DATA"

    /// Every column name the script plots.
    public var plottedColumns: [String] {
        layers.flatMap { layer -> [String] in
            switch layer {
            case let .band(_, x, low, high, _): [x, low, high]
            case let .line(_, x, y, _), let .points(_, x, y, _), let .steps(_, x, y, _), let .openPoints(_, x, y, _),
                 let .boxes(_, x, y, _, _): [x, y]
            case let .intervals(_, x, y, low, high, _): [x, y, low, high]
            case let .spans(_, x, y, from, to, _): [x, y, from, to]
            }
        }
    }

    var layerTitles: [String] {
        layers.map { layer in
            switch layer {
            case let .band(_, _, _, _, t), let .line(_, _, _, t), let .points(_, _, _, t), let .intervals(_, _, _, _, _, t),
                 let .spans(_, _, _, _, _, t), let .steps(_, _, _, t), let .openPoints(_, _, _, t), let .boxes(_, _, _, _, t): t
            }
        }
    }

    /// The script text; column names are resolved to numbers in `data`.
    public func render(for data: GnuplotData) throws(DataError) -> String {
        let q = GnuplotString.quote
        func col(_ name: String) throws(DataError) -> String {
            guard let n = data.column(name) else {
                throw DataError.cannotWrite(path: self.name + ".gp", reason: "the chart plots a column '\(name)' that \(self.name).dat does not have")
            }
            return isTime(name) ? "(timecolumn(\(n), \"%Y-%m-%d\"))" : "\(n)"
        }
        let bottomLines = (footer == nil ? 0 : 1) + notes.count
        var lines: [String] = [
            "# \(GnuplotString.comment(title))",
            "# Renders \(name).png and \(name).svg from \(name).dat: run `gnuplot \(name).gp` in this folder.",
            "reset",
            "set encoding utf8",
            "set datafile missing \"NaN\"",
            "set title \(q(title)) font \",12\"",
            "set xlabel \(q(xLabel))",
            "set ylabel \(q(yLabel))",
            "set grid ytics lc rgb \"#dddddd\"",
            "set border 3",
            "set tics nomirror",
            "set bmargin \(5 + (timeAxis || xTics != nil ? 1 : 0) + bottomLines)",
            "set rmargin 6",
        ]
        // A legend only where there is more than one entry to tell apart.
        lines.append(layerTitles.filter { !$0.isEmpty }.count >= 2 ? "set key \(keyPosition) opaque box" : "unset key")
        if timeAxis {
            lines += ["set xdata time", "set timefmt \"%Y-%m-%d\"", "set format x \"%Y-%m\"", "set xtics rotate by -30",
                      "set autoscale xfix", "set offsets graph 0.01, graph 0.01, 0, 0"]
        }
        if let xTics {
            lines.append("set xtics (" + xTics.map { "\(q($0.label)) \(number($0.x))" }.joined(separator: ", ") + ")"
                         + (xTics.count > 8 ? " rotate by -30" : ""))
        } else if let xTicStep {
            lines.append("set xtics \(number(xRange?.from ?? 0)), \(number(xTicStep))")
        }
        if let xRange { lines.append("set xrange [\(number(xRange.from)):\(number(xRange.to))]") }
        if yLogScale { lines.append("set logscale y") }
        if yPercent {
            lines += ["set format y \"%g%%\"", "set yrange [0:100]", "set ytics 0, 10, 100"]
        } else if yFrom != nil || yTo != nil {
            lines.append("set yrange [\(yFrom.map(number) ?? "*"):\(yTo.map(number) ?? "*")]")
        }
        for (i, marker) in markers.enumerated() {
            let x = timeAxis ? "\"\(marker.x)\"" : marker.x
            lines.append("set arrow \(i + 1) from \(x), graph 0 to \(x), graph 1 nohead dashtype 2 lw 1.5 lc rgb \"\(OkabeIto.black)\"")
            let side = marker.leftOfLine ? "right offset -0.5,0" : "left offset 0.5,0"
            lines.append("set label \(i + 1) \(q(marker.label)) at \(x), graph \(number(0.97 - 0.06 * Double(i))) \(side) tc rgb \"\(OkabeIto.black)\"")
        }
        var next = markers.count + 1
        for label in labels {
            let x = timeAxis ? "\"\(label.x)\"" : label.x
            lines.append("set label \(next) \(q(label.text)) at \(x), \(number(label.y)) left offset 0,0.7 font \",8\" tc rgb \"\(label.color)\"")
            next += 1
        }
        // Footer and notes at the bottom of the canvas, the synthetic marker at the top right.
        var y = 0.02
        if let footer {
            lines.append("set label \(next) \(q(footer)) at screen 0.01, screen \(number(y)) left font \",8\" tc rgb \"#444444\"")
            next += 1; y += 0.035
        }
        for note in notes.reversed() {
            lines.append("set label \(next) \(q(note)) at screen 0.01, screen \(number(y)) left font \",9\" tc rgb \"#222222\"")
            next += 1; y += 0.035
        }
        if synthetic {
            lines.append("set label \(next) \(q(Self.syntheticMarker)) at screen 0.99, screen 0.965 right font \",13\" tc rgb \"\(OkabeIto.vermillion)\"")
            next += 1
        }
        var plots: [String] = []
        for (i, layer) in layers.enumerated() {
            let color = colors[i % colors.count]
            let title = layerTitles[i].isEmpty ? "notitle" : "title \(q(layerTitles[i]))"
            switch layer {
            case let .band(index, x, low, high, _):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(low)):\(try col(high)) with filledcurves fc rgb \"\(color)\" fs transparent solid 0.3 noborder \(title)")
            case let .line(index, x, y, _):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)) with lines lw 2 lc rgb \"\(color)\" \(title)")
            case let .points(index, x, y, _):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)) with points pt 7 ps 0.6 lc rgb \"\(color)\" \(title)")
            case let .openPoints(index, x, y, _):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)) with points pt 6 ps 1.2 lw 1.5 lc rgb \"\(color)\" \(title)")
            case let .steps(index, x, y, _):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)) with steps lw 2 lc rgb \"\(color)\" \(title)")
            case let .intervals(index, x, y, low, high, _):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)):\(try col(low)):\(try col(high)) with yerrorbars pt 7 ps 0.8 lw 1.5 lc rgb \"\(color)\" \(title)")
            case let .spans(index, _, y, from, to, _):
                let a = try col(from), b = try col(to)
                plots.append("'\(name).dat' index \(index) using \(a):\(try col(y)):(\(b)-\(a)):(0) with vectors nohead lw 3 lc rgb \"\(color)\" \(title)")
            case let .boxes(index, x, y, width, _):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)):(\(number(width))) with boxes fs solid 1.0 noborder lc rgb \"\(color)\" \(title)")
            }
        }
        let plot = "plot " + plots.joined(separator: ", \\\n     ")
        lines += [
            "set terminal pngcairo size 1000,560 font \"DejaVu Sans,10\" noenhanced",
            "set output \"\(name).png\"",
            plot,
            "set terminal svg size 1000,560 font \"DejaVu Sans,10\" noenhanced",
            "set output \"\(name).svg\"",
            "replot",
            "unset output",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    func isTime(_ column: String) -> Bool {
        timeAxis && ["period_start", "period_end", "date", "period_mid"].contains(column)
    }

    func number(_ v: Double) -> String { NumberFormat.full.string(v) }
}
