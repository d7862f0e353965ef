/// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"): eight colours that stay
/// distinct for readers with the common forms of colour blindness. Every chart draws its data in
/// these colours only.
public enum OkabeIto {
    public static let orange = "#E69F00"
    public static let skyBlue = "#56B4E9"
    public static let bluishGreen = "#009E73"
    public static let yellow = "#F0E442"
    public static let blue = "#0072B2"
    public static let vermillion = "#D55E00"
    public static let reddishPurple = "#CC79A7"
    public static let black = "#000000"

    public static let all = [orange, skyBlue, bluishGreen, yellow, blue, vermillion, reddishPurple, black]
    /// The order layers take them in: the strongest contrasts first, yellow (weak on white) last.
    public static let series = [blue, vermillion, bluishGreen, orange, skyBlue, reddishPurple, black, yellow]
}
