/// The version `courtstat --version` prints. A constant: raise it with each release (the project
/// has no tags yet; 0.x while the reference interface may still gain commands).
enum CourtstatVersion {
    static let string = "0.9.0"
}
