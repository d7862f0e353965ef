/// gnuplot string literals for text that may come from a file (outlet names, claim ids and texts,
/// court names, group values). A single-quoted gnuplot string processes no escapes and no
/// backquote command substitution, so a label holding `"`, `\`, `` ` ``, `@macro` or
/// `system("…")` is drawn as those characters and nothing is run. An apostrophe cannot be
/// written inside one reliably (gnuplot reads a leading `''` as an empty string), so the text is
/// cut at each apostrophe and the pieces joined with gnuplot's string concatenation:
/// `it's` → `'it' . "\047" . 's'` (the octal escape keeps the apostrophe out of the script's text,
/// where it would upset gnuplot's tracking of quotes when it expands `@macros`).
/// Line breaks and other control characters (which would end the command) become spaces.
/// The scripts also set `noenhanced`, so `^`, `_`, `{` and `@` are not markup either.
public enum GnuplotString {
    /// The string expression for `text`.
    public static func quote(_ text: String) -> String {
        var clean = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { clean += " " } else { clean.unicodeScalars.append(scalar) }
        }
        if clean.isEmpty { return "''" }
        var tokens: [String] = []
        for (i, piece) in clean.split(separator: "'", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { tokens.append(#""\047""#) }
            if !piece.isEmpty { tokens.append("'" + piece + "'") }
        }
        return tokens.joined(separator: " . ")
    }

    /// Text for a `#` comment line of a script: control characters as spaces, and no trailing
    /// backslash (gnuplot would continue the comment onto the next line, swallowing a command).
    public static func comment(_ text: String) -> String {
        var clean = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        while clean.hasSuffix("\\") || clean.hasSuffix(" ") { clean.removeLast() }
        return clean
    }
}
