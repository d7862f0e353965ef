import ArgumentParser

/// A table of counts given on the command line: rows separated by ';', cells by ','
/// (`a,b,c;d,e,f`), each cell a whole number ≥ 0. Rows may differ in length here; the test that
/// reads the table says which shapes it takes.
struct CountGrid: CheckedArgument {
    let text: String
    let checked: Result<[[Int]], ArgumentProblem>
    init(argument: String) { text = argument; checked = ArgumentValues.parseTable(argument) }
}
