import CourtstatNumerics

/// A model's design matrix: named columns, in the order the coefficients are reported. With
/// an intercept, its column of ones comes first and is named `intercept` (the name DESIGN.md
/// gives the trend terms; R calls it "(Intercept)").
public struct Design: Sendable, Equatable {
    /// The name of the intercept term.
    public static let interceptName = "intercept"

    /// Term names, intercept first when there is one.
    public let termNames: [String]
    /// One array of `rowCount` values per term.
    public let columns: [[Double]]
    public let hasIntercept: Bool
    public let rowCount: Int

    /// Builds the design from predictor columns (in the order given), prepending a column of
    /// ones when `intercept` is true. Checks: equal lengths, finite values, distinct names, and
    /// (with an intercept) no predictor that is constant.
    public init(_ predictors: [(name: String, values: [Double])], intercept: Bool = true,
                rowCount: Int? = nil) throws(ModelError) {
        let n = rowCount ?? predictors.first?.values.count ?? 0
        guard intercept || !predictors.isEmpty else { throw .invalidInput("the model has no terms: give a predictor or keep the intercept") }
        guard n > 0 else { throw .tooFewObservations(observations: 0, parameters: predictors.count + (intercept ? 1 : 0)) }
        var names: [String] = intercept ? [Self.interceptName] : []
        var columns: [[Double]] = intercept ? [Array(repeating: 1, count: n)] : []
        for (name, values) in predictors {
            guard values.count == n else {
                throw .invalidInput("\(name) has \(values.count) values; expected \(n), as many as the response")
            }
            guard !names.contains(name) else { throw .invalidInput("\(name) is given twice") }
            if let i = values.firstIndex(where: { !$0.isFinite }) {
                throw .nonFinite(variable: name, observation: i, value: values[i])
            }
            if intercept, let first = values.first, values.allSatisfy({ $0 == first }) {
                throw .constantColumn(variable: name)
            }
            names.append(name); columns.append(values)
        }
        self.termNames = names; self.columns = columns; self.hasIntercept = intercept; self.rowCount = n
    }

    public var parameterCount: Int { columns.count }

    /// Row i of the design (x_i').
    public func row(_ i: Int) -> [Double] { columns.map { $0[i] } }

    /// X β for the given coefficients.
    public func linearPredictor(_ beta: [Double]) -> [Double] {
        var eta = [Double](repeating: 0, count: rowCount)
        for (j, column) in columns.enumerated() where beta[j] != 0 {
            for i in 0..<rowCount { eta[i] += beta[j] * column[i] }
        }
        return eta
    }

    /// The intercept-only design with the same rows.
    func interceptOnly() throws(ModelError) -> Design { try Design([], intercept: true, rowCount: rowCount) }
}

/// Checks shared by every model: a finite response (and offset) of the design's length, and
/// more observations than coefficients (`saturated`: at least as many, for grouped data, whose
/// rows are covariate patterns and may each hold many observations).
func validate(response y: [Double], name: String, design: Design, offset: [Double]?,
              offsetName: String, saturated: Bool = false) throws(ModelError) {
    guard y.count == design.rowCount else {
        throw .invalidInput("\(name) has \(y.count) values; the predictors have \(design.rowCount)")
    }
    if let i = y.firstIndex(where: { !$0.isFinite }) { throw .nonFinite(variable: name, observation: i, value: y[i]) }
    if let offset {
        guard offset.count == y.count else {
            throw .invalidInput("\(offsetName) has \(offset.count) values; the response has \(y.count)")
        }
        if let i = offset.firstIndex(where: { !$0.isFinite }) {
            throw .nonFinite(variable: offsetName, observation: i, value: offset[i])
        }
    }
    guard y.count > design.parameterCount || (saturated && y.count == design.parameterCount) else {
        throw .tooFewObservations(observations: y.count, parameters: design.parameterCount)
    }
}

/// Solves a weighted least-squares problem, turning a rank-deficient design into
/// `ModelError.rankDeficient` that names the collinear columns.
func solveLeastSquares(_ design: Design, response: [Double], weights: [Double]? = nil,
                       wantBasis: Bool = false) throws(ModelError) -> LeastSquaresSolution {
    let solution = try numerics { () throws(NumericsError) in
        try LeastSquares.solve(columns: design.columns, response: response, weights: weights, wantBasis: wantBasis)
    }
    guard solution.rank == design.parameterCount else {
        var involved = Set<Int>()
        for vector in solution.nullSpace {
            let big = vector.map(abs).max() ?? 0
            for (j, v) in vector.enumerated() where abs(v) >= 1e-3 * big { involved.insert(j) }
        }
        let names = involved.sorted().map { design.termNames[$0] }
        throw .rankDeficient(variables: names.isEmpty ? design.termNames : names,
                             conditionNumber: solution.conditionNumber)
    }
    return solution
}
