import CourtstatData
import Foundation

/// A gnuplot script that runs as is (`gnuplot trend.gp`, from its own folder) and renders its
/// chart twice: PNG (pngcairo) and SVG, next to the script. Each layer plots columns of a
/// `GnuplotData` file by name, so a test can check that every column plotted exists.
public struct GnuplotScript: Sendable {
    public enum Layer: Sendable {
        /// A shaded band between two columns (filledcurves), e.g. a 95% interval.
        case band(index: Int, x: String, low: String, high: String, title: String)
        case line(index: Int, x: String, y: String, title: String)
        case points(index: Int, x: String, y: String, title: String)
        /// Points with vertical interval bars.
        case intervals(index: Int, x: String, y: String, low: String, high: String, title: String)
        /// Points with horizontal bars spanning [from, to] (e.g. a period).
        case spans(index: Int, x: String, y: String, from: String, to: String, title: String)
        case steps(index: Int, x: String, y: String, title: String)
        /// Open (hollow) markers: values drawn apart from the rest, e.g. incomplete periods.
        case openPoints(index: Int, x: String, y: String, title: String)
    }

    public var name: String            // base name: name.dat, name.gp, name.png, name.svg
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var timeAxis: Bool
    public var yLogScale: Bool = false
    public var yFrom: Double? = nil
    /// Where the key goes (gnuplot's `set key` position): top left by default, where a time
    /// series usually starts low; a chart whose data peak there puts it elsewhere.
    public var keyPosition = "top left"
    /// Vertical markers at x values (dates when timeAxis), with labels.
    public var markers: [(x: String, label: String)] = []
    public var layers: [Layer]

    public init(name: String, title: String, xLabel: String, yLabel: String, timeAxis: Bool, layers: [Layer]) {
        self.name = name; self.title = title; self.xLabel = xLabel; self.yLabel = yLabel
        self.timeAxis = timeAxis; self.layers = layers
    }

    /// Every column name the script plots.
    public var plottedColumns: [String] {
        layers.flatMap { layer -> [String] in
            switch layer {
            case let .band(_, x, low, high, _): [x, low, high]
            case let .line(_, x, y, _), let .points(_, x, y, _), let .steps(_, x, y, _), let .openPoints(_, x, y, _): [x, y]
            case let .intervals(_, x, y, low, high, _): [x, y, low, high]
            case let .spans(_, x, y, from, to, _): [x, y, from, to]
            }
        }
    }

    /// The script text; column names are resolved to numbers in `data`.
    public func render(for data: GnuplotData) throws(DataError) -> String {
        func col(_ name: String) throws(DataError) -> String {
            guard let n = data.column(name) else {
                throw DataError.cannotWrite(path: self.name + ".gp", reason: "the chart plots a column '\(name)' that \(self.name).dat does not have")
            }
            return timeAxis && (name == "period_start" || name == "period_end" || name == "date" || name == "period_mid") ? "(timecolumn(\(n), \"%Y-%m-%d\"))" : "\(n)"
        }
        var lines: [String] = [
            "# \(title)",
            "# Renders \(name).png and \(name).svg from \(name).dat: run `gnuplot \(name).gp` in this folder.",
            "reset",
            "set encoding utf8",
            "set datafile missing \"NaN\"",
            "set title \"\(escape(title))\"",
            "set xlabel \"\(escape(xLabel))\"",
            "set ylabel \"\(escape(yLabel))\"",
            "set key \(keyPosition) opaque box",
            "set grid ytics lc rgb \"#dddddd\"",
            "set border 3",
            "set tics nomirror",
        ]
        if timeAxis {
            lines += ["set xdata time", "set timefmt \"%Y-%m-%d\"", "set format x \"%Y-%m\"", "set xtics rotate by -30", "set rmargin 6", "set autoscale xfix", "set offsets graph 0.01, graph 0.01, 0, 0"]
        }
        if yLogScale { lines.append("set logscale y") }
        if let yFrom { lines.append("set yrange [\(yFrom):*]") }
        for (i, marker) in markers.enumerated() {
            let x = timeAxis ? "\"\(marker.x)\"" : marker.x
            lines.append("set arrow \(i + 1) from \(x), graph 0 to \(x), graph 1 nohead dashtype 2 lc rgb \"#aa3333\"")
            lines.append("set label \(i + 1) \"\(escape(marker.label))\" at \(x), graph 0.95 offset 0.5,0 tc rgb \"#aa3333\"")
        }
        var plots: [String] = []
        let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f"]
        for (i, layer) in layers.enumerated() {
            let color = palette[i % palette.count]
            switch layer {
            case let .band(index, x, low, high, t):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(low)):\(try col(high)) with filledcurves fc rgb \"#9ecae1\" fs transparent solid 0.45 noborder title \"\(escape(t))\"")
            case let .line(index, x, y, t):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)) with lines lw 2 lc rgb \"\(color)\" title \"\(escape(t))\"")
            case let .points(index, x, y, t):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)) with points pt 7 ps 0.6 lc rgb \"\(color)\" title \"\(escape(t))\"")
            case let .openPoints(index, x, y, t):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)) with points pt 6 ps 0.9 lw 1.5 lc rgb \"\(color)\" title \"\(escape(t))\"")
            case let .steps(index, x, y, t):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)) with steps lw 2 lc rgb \"\(color)\" title \"\(escape(t))\"")
            case let .intervals(index, x, y, low, high, t):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)):\(try col(low)):\(try col(high)) with yerrorlines pt 7 ps 0.7 lw 1.5 lc rgb \"\(color)\" title \"\(escape(t))\"")
            case let .spans(index, x, y, from, to, t):
                plots.append("'\(name).dat' index \(index) using \(try col(x)):\(try col(y)):\(try col(from)):\(try col(to)) with xerrorbars pt 7 ps 0.7 lc rgb \"\(color)\" title \"\(escape(t))\"")
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

    func escape(_ s: String) -> String { s.replacingOccurrences(of: "\"", with: "'") }
}
