import CourtstatTestSupport
import Foundation

/// One problem the program recognises: how to provoke it (a command, the files it reads), and
/// its area in docs/errors.md. The message and exit status are not written here: the test runs
/// the command and docs/errors.md is generated from what it prints (`ErrorCatalogueTests`).
struct CatalogueEntry: Sendable {
    var area: String
    var problem: String
    var arguments: [String]
    /// Files made in an empty working folder before the run (a name ending in / is a folder).
    var files: [(name: String, bytes: [UInt8])] = []
    var stdin: String?
}

/// The bad-input catalogue. Each command runs in a fresh empty folder holding only its files,
/// so the messages name short relative paths.
enum ErrorCatalogue {
    static let header = "case_id,court,region,article,part,received_date,decision_date,defendant_status,sentence_type,sentence_months,source_url"
    static let row = "A1,Moscow,Moscow,337,1,2023-03-01,2023-04-01,mobilized,prison,24,"

    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }
    /// A cases file: the full header, then `rows`.
    static func cases(_ rows: String...) -> [(name: String, bytes: [UInt8])] { [("cases.csv", text(([header] + rows).joined(separator: "\n") + "\n"))] }
    static func validate(_ area: String, _ problem: String, _ rows: String...) -> CatalogueEntry {
        CatalogueEntry(area: area, problem: problem, arguments: ["validate", "cases.csv"],
                       files: [("cases.csv", text(([header] + rows).joined(separator: "\n") + "\n"))])
    }
    static func replacing(_ old: String, _ new: String) -> String { row.replacingOccurrences(of: old, with: new) }

    static let figuresHeader = "figure_id,metric,article,group,period_start,period_end,value,unit,qualifier,source_outlet,source_url,published_date,quote"
    static let figure1 = "F1,cases_received,337,all,2023-01-01,2023-06-30,2076,cases,exact,Outlet,https://example.org/1,2023-07-19,q"
    static let figure2 = "F2,cases_received,337,all,2022-01-01,2022-12-31,1001,cases,exact,Outlet,https://example.org/2,2023-07-19,q"
    static func figures(_ rows: String...) -> (name: String, bytes: [UInt8]) {
        ("figures.csv", text(([figuresHeader] + rows).joined(separator: "\n") + "\n"))
    }
    static func check(_ problem: String, _ claims: String, figureRows: [String] = [figure1, figure2]) -> CatalogueEntry {
        CatalogueEntry(area: "Claims files", problem: problem, arguments: ["check", "claims.toml", "--figures", "figures.csv"],
                       files: [("claims.toml", text(claims)), ("figures.csv", text(([figuresHeader] + figureRows).joined(separator: "\n") + "\n"))])
    }
    static func command(_ area: String, _ problem: String, _ line: String) -> CatalogueEntry {
        CatalogueEntry(area: area, problem: problem, arguments: line.split(separator: " ").map(String.init))
    }

    static let entries: [CatalogueEntry] = [
        // CSV structure
        CatalogueEntry(area: "CSV structure", problem: "an empty file", arguments: ["validate", "cases.csv"], files: [("cases.csv", [])]),
        validate("CSV structure", "a header and no rows"),
        CatalogueEntry(area: "CSV structure", problem: "a binary file (a NUL byte)", arguments: ["validate", "cases.csv"],
                       files: [("cases.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])]),
        validate("CSV structure", "a quote that is never closed", "A1,\"Moscow,Moscow,337,1,2023-03-01,,,,,"),
        validate("CSV structure", "text after a closing quote", "A1,\"Moscow\"x,Moscow,337,1,2023-03-01,,,,,"),
        validate("CSV structure", "a quote inside an unquoted field", "A1,Mos\"cow,Moscow,337,1,2023-03-01,,,,,"),
        validate("CSV structure", "a carriage return that does not end a line", "A1,Moscow\r,Moscow,337,1,2023-03-01,,,,,"),
        validate("CSV structure", "a row with more fields than the header", row + ",extra"),
        validate("CSV structure", "a row with fewer fields than the header", "A1,Moscow,Moscow,337"),
        CatalogueEntry(area: "CSV structure", problem: "a line longer than 1 MiB (not a CSV file)", arguments: ["validate", "cases.csv"],
                       files: [("cases.csv", text(header + "\nA1,") + Array(repeating: UInt8(ascii: "x"), count: 1_100_000) + text("\n"))]),
        // Encodings
        CatalogueEntry(area: "Encodings", problem: "a byte that is not UTF-8 (Windows-1251 text)", arguments: ["validate", "cases.csv"],
                       files: [("cases.csv", text(header + "\nA1,") + [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0] + text(",R,337,1,2023-03-01,,,,,\n"))]),
        CatalogueEntry(area: "Encodings", problem: "a UTF-8 sequence cut short", arguments: ["validate", "cases.csv"],
                       files: [("cases.csv", text(header + "\nA1,Moscow,Moscow,337,1,2023-03-01,,,,,") + [0xD0] + text("\n"))]),
        CatalogueEntry(area: "Encodings", problem: "an overlong encoding (of '/')", arguments: ["validate", "cases.csv"],
                       files: [("cases.csv", text(header + "\nA1,") + [0xC0, 0xAF] + text(",R,337,1,2023-03-01,,,,,\n"))]),
        CatalogueEntry(area: "Encodings", problem: "a UTF-16 surrogate encoded as UTF-8", arguments: ["validate", "cases.csv"],
                       files: [("cases.csv", text(header + "\nA1,") + [0xED, 0xA0, 0x80] + text(",R,337,1,2023-03-01,,,,,\n"))]),
        // The case schema, field by field
        CatalogueEntry(area: "Case schema", problem: "a required column missing", arguments: ["validate", "cases.csv"],
                       files: [("cases.csv", text("case_id,article\nA1,337\n"))]),
        CatalogueEntry(area: "Case schema", problem: "a column named twice", arguments: ["validate", "cases.csv"],
                       files: [("cases.csv", text("case_id,article,received_date,article\nA1,337,2023-03-01,337\n"))]),
        CatalogueEntry(area: "Case schema", problem: "--map names a column the file lacks", arguments: ["validate", "cases.csv", "--map", "case_id=id"],
                       files: [("cases.csv", text("case_id,article,received_date\nA1,337,2023-03-01\n"))]),
        validate("Case schema", "case_id: empty", replacing("A1,", ",")),
        validate("Case schema", "case_id: used twice", row, row),
        validate("Case schema", "article: empty", replacing(",337,", ",,")),
        validate("Case schema", "article: not an article number", replacing(",337,", ",Art. 337,")),
        validate("Case schema", "part: not a part number", replacing(",337,1,", ",337,ч.1,")),
        validate("Case schema", "received_date: empty", replacing("2023-03-01", "")),
        validate("Case schema", "received_date: not YYYY-MM-DD", replacing("2023-03-01", "01.03.2023")),
        validate("Case schema", "received_date: a day that does not exist", replacing("2023-03-01", "2023-02-30")),
        validate("Case schema", "received_date: month 13", replacing("2023-03-01", "2023-13-01")),
        validate("Case schema", "received_date: a year outside 1900-2100", replacing("2023-03-01", "1023-03-01")),
        validate("Case schema", "decision_date: before received_date", replacing("2023-04-01", "2023-02-01")),
        validate("Case schema", "defendant_status: not a known status", replacing("mobilized", "mobilised")),
        validate("Case schema", "sentence_type: not a known outcome", replacing("prison", "probation")),
        validate("Case schema", "sentence_months: not a number", replacing(",24,", ",two years,")),
        validate("Case schema", "sentence_months: 0 or less", replacing(",24,", ",-3,")),
        validate("Case schema", "sentence_months: over 360", replacing(",24,", ",1200,")),
        validate("Case schema", "sentence_months: a term for an outcome without one", replacing("prison,24", "fine,24")),
        // Periods
        command("Periods", "a week that the year does not have", "claim rate --count 5 --period 2023-W53 --per week --at-least 1"),
        command("Periods", "a quarter other than Q1-Q4", "claim rate --count 5 --period 2023-Q5 --per week --at-least 1"),
        command("Periods", "month 13", "claim rate --count 5 --period 2023-13 --per week --at-least 1"),
        command("Periods", "a range that ends before it starts", "claim rate --count 5 --period 2023-03-02..2023-03-01 --per day --at-least 1"),
        command("Periods", "not a period at all", "claim rate --count 5 --period last-year --per week --at-least 1"),
        command("Periods", "--to before --from", "count cases.csv --by week --from 2023-03-05 --to 2023-03-01")
            .with(files: cases(row)),
        command("Periods", "--by a unit that does not exist", "count cases.csv --by fortnight").with(files: cases(row)),
        // Claims files
        check("no [[claim]] table", "# nothing here\n"),
        check("a table other than [[claim]]", "[claims]\nid = \"x\"\n"),
        check("a key before the first table", "id = \"x\"\n[[claim]]\n"),
        check("a line that is not key = value", "[[claim]]\nid \"x\"\n"),
        check("a key given twice", "[[claim]]\nid = \"x\"\nid = \"y\"\n"),
        check("a string that is never closed", "[[claim]]\nid = \"x\n"),
        check("a value that is not a string, number or boolean", "[[claim]]\nid = x\n"),
        check("an unknown kind", "[[claim]]\nid = \"x\"\nkind = \"doubled\"\n"),
        check("a share outside [0, 1]", "[[claim]]\nid = \"x\"\nkind = \"share\"\nx = 5\nn = 10\nmore_than = 50\n"),
        check("a derived figure used as a count", "[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = \"F1\"\nb = \"F2\"\nat_least = 2\n",
              figureRows: [figure1, figure2.replacingOccurrences(of: "exact", with: "derived")]),
        check("a figure id the figures file lacks", "[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = \"F1\"\nb = \"F9\"\nat_least = 2\n"),
        CatalogueEntry(area: "Claims files", problem: "a figures file with a value that is not a number",
                       arguments: ["check", "claims.toml", "--figures", "figures.csv"],
                       files: [("claims.toml", text("[[claim]]\nid = \"x\"\nkind = \"share\"\nx = 5\nn = 10\nmore_than = 0.2\n")),
                               figures(figure1.replacingOccurrences(of: ",2076,", with: ",2 076,"))]),
        // Command-line values
        command("Command-line values", "a count larger than its total", "test binom --x 30 --n 20"),
        command("Command-line values", "a count that is not whole", "test binom --x 7.5 --n 20"),
        command("Command-line values", "NaN given as a number", "test binom --x 7 --n 20 --p nan"),
        command("Command-line values", "a confidence level outside (0, 1)", "test binom --x 7 --n 20 --conf-level 95"),
        command("Command-line values", "an unknown alternative", "test binom --x 7 --n 20 --alternative bigger"),
        command("Command-line values", "a missing option", "test binom --n 20"),
        command("Command-line values", "an unknown option", "test binom --x 7 --n 20 --exact"),
        command("Command-line values", "a 2x2 table with three cells", "test fisher --table 1,2,3"),
        command("Command-line values", "rows of different lengths", "test chisq --table 1,2,3;4,5"),
        command("Command-line values", "an unknown subcommand", "test nonesuch"),
        // Numerical domain
        command("Numerical domain", "chi-square with a zero column total", "test chisq --table 0,3;0,4"),
        command("Numerical domain", "two proportions that are both 0", "test prop --x 0,0 --n 10,12"),
        command("Numerical domain", "a rate ratio of two zero counts", "test poisson --x 0,0 --t 1,1"),
        command("Numerical domain", "a t test on constant data", "test t --a 1,1,1 --b 1,1,1"),
        command("Numerical domain", "Wilcoxon with every value tied", "test wilcox --a 3,3,3 --b 3,3"),
        command("Numerical domain", "a Mantel-Haenszel stratum without cases", "test mh --tables 0,0,0,0;3,4,5,6"),
        command("Numerical domain", "a Fisher table with no cases at all", "test fisher --table 0,0,0,0"),
        command("Numerical domain", "a Fisher table too large to enumerate", "test fisher --table 1000000000,1000000000,1000000000,1000000000"),
        command("Numerical domain", "a trend over fewer than 4 periods", "trend cases.csv --by month").with(files: cases(row)),
        command("Numerical domain", "a filter that leaves no case", "count cases.csv --by month --article 338").with(files: cases(row)),
        command("Numerical domain", "a comparison with an empty group", "compare cases.csv --outcome custodial --group defendant_status --a mobilized --b volunteer")
            .with(files: cases(row)),
        CatalogueEntry(area: "Numerical domain", problem: "a logistic regression with perfect separation",
                       arguments: ["fit", "logistic", "--data", "data.csv", "--y", "y", "--x", "x"],
                       files: [("data.csv", text("y,x\n0,1\n0,2\n0,3\n1,4\n1,5\n1,6\n"))]),
        CatalogueEntry(area: "Numerical domain", problem: "grouped binomial data with more successes than trials",
                       arguments: ["fit", "logistic", "--data", "data.csv", "--y", "s", "--trials", "n", "--x", "x"],
                       files: [("data.csv", text("s,n,x\n1,3,1\n4,3,2\n2,5,3\n1,4,4\n"))]),
        // File system
        command("File system", "an input file that does not exist", "validate missing.csv"),
        command("File system", "a folder given as the input", "validate folder").with(files: [("folder/", [])]),
        command("File system", "a claims file that does not exist", "check missing.toml"),
        CatalogueEntry(area: "File system", problem: "an output folder that cannot be created",
                       arguments: ["report", "--figures", "figures.csv", "--out", "file/out", "--no-render"],
                       files: [("file", text("x")), figures(figure1)]),
        CatalogueEntry(area: "File system", problem: "an output file in a folder that does not exist",
                       arguments: ["simulate", "--params", "params.json", "--seed", "1", "--out", "nowhere/cases.csv"],
                       files: [("params.json", Array((try? Data(contentsOf: repositoryRoot.appendingPathComponent("datasets/simulation-params.json"))) ?? Data()))]),
        // Trends: tallies and options (DESIGN.md, "Trends: several breaks, diagnostics, honest fits")
        CatalogueEntry(area: "Trend tallies and options", problem: "a tally that skips a month",
                       arguments: ["trend", "--counts", "tally.csv", "--by", "month"],
                       files: [("tally.csv", text("period,n\n2023-01,41\n2023-02,38\n2023-04,52\n2023-05,47\n"))]),
        CatalogueEntry(area: "Trend tallies and options", problem: "a weekly tally read by month",
                       arguments: ["trend", "--counts", "tally.csv", "--by", "month"],
                       files: [("tally.csv", text("period,n\n2023-W05,12\n2023-W06,15\n"))]),
        CatalogueEntry(area: "Trend tallies and options", problem: "a tally period_start that is not the first day of its month",
                       arguments: ["trend", "--counts", "tally.csv", "--by", "month"],
                       files: [("tally.csv", text("period_start,n\n2023-01-01,41\n2023-02-15,38\n"))]),
        CatalogueEntry(area: "Trend tallies and options", problem: "two breaks in the same month",
                       arguments: ["trend", "--counts", "tally.csv", "--by", "month", "--break", "2023-05-01,2023-05-20"],
                       files: [("tally.csv", text("period,n\n" + (1...12).map { String(format: "2023-%02d,%d", $0, 40 + $0) }.joined(separator: "\n") + "\n"))]),
        command("Trend tallies and options", "more Fourier harmonics than a year of weeks allows", "trend cases.csv --season fourier:30").with(files: cases(row)),
        command("Trend tallies and options", "--breaks without --break estimate", "trend cases.csv --breaks 2").with(files: cases(row)),
    ]
}

extension CatalogueEntry {
    func with(files: [(name: String, bytes: [UInt8])]) -> CatalogueEntry { var e = self; e.files = files; return e }
}
