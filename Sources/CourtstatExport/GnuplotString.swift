/// gnuplot string literals for text that may come from a file (outlet names, claim ids and texts,
/// court names, group values). A single-quoted gnuplot string processes no escapes and no
/// backquote command substitution, and a doubled quote ('') stands for one quote; so a label
/// holding `"`, `\`, `` ` ``, `@macro` or `system("…")` is drawn as those characters and nothing
/// is run. Line breaks and other control characters (which would end the command) become spaces.
/// The scripts also set `noenhanced`, so `^`, `_`, `{` and `@` are not markup either.
public enum GnuplotString {
    /// The literal for `text`, quotes included.
    public static func quote(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": out += "''"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }
}
