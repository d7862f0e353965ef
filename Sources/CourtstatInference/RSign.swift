/// R's `sign()`: −1, 0 or 1 (0 for 0 and −0).
@inline(__always)
func rSign(_ v: Double) -> Double { v > 0 ? 1 : (v < 0 ? -1 : 0) }
