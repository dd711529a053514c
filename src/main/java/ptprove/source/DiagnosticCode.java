package ptprove.source;

/**
 * Stable diagnostic codes. Tests pin a code and a position, never the wording, so messages may improve freely;
 * a code is never reused for a different problem. docs/language.md lists every code with an example.
 */
public enum DiagnosticCode {
    // 00xx: reading and parsing
    SYNTAX("PTL0001", "syntax error"),
    BAD_CHARACTER("PTL0002", "character not allowed here"),
    UNREADABLE_FILE("PTL0003", "spec file cannot be read as UTF-8 text"),
    TOO_DEEP("PTL0004", "nesting too deep"),
    BAD_LITERAL("PTL0005", "malformed literal"),

    // 01xx: files and imports
    IMPORT_NOT_FOUND("PTL0101", "imported file not found"),
    IMPORT_OUTSIDE_ROOT("PTL0102", "import leaves the spec root"),
    IMPORT_CYCLE("PTL0103", "import cycle"),
    ADDRESS_BITS("PTL0104", "invalid or conflicting address_bits"),

    // 02xx: names and types
    DUPLICATE("PTL0201", "name defined twice"),
    UNKNOWN_NAME("PTL0202", "unknown name"),
    ARITY("PTL0203", "wrong number of arguments"),
    BOOL_AS_NUMBER("PTL0204", "boolean used as a number"),
    NUMBER_AS_BOOL("PTL0205", "number used as a boolean"),
    WRONG_KIND("PTL0206", "name of the wrong kind here"),
    RECURSION("PTL0207", "recursive fn"),
    MISSING_RETURN("PTL0208", "fn body can end without return"),
    BAD_ASSIGNMENT("PTL0209", "assignment to something that is not a local"),
    NOT_QUANTIFIER_FREE("PTL0210", "quantifier that cannot be made quantifier-free"),
    LITERAL_TOO_WIDE("PTL0211", "constant does not fit the address width"),
    SHIFT_TOO_WIDE("PTL0212", "shift by the width or more"),
    UNREACHABLE("PTL0213", "statement after return"),
    UNKNOWN_MEMBER("PTL0214", "unknown member"),
    NOT_CONSTANT("PTL0215", "expression must depend on params only"),
    MISPLACED("PTL0216", "construct not allowed here"),
    DIVISION_BY_ZERO("PTL0217", "division by constant zero"),
    KERNEL_VERSIONS("PTL0218", "kernel version range that does not parse or overlaps another"),
    KERNEL_PATH("PTL0219", "kernel file path that is not relative to the tree"),
    STATE_OUTSIDE_CHUNK("PTL0220", "state field used where there is no current chunk"),

    // 03xx: configurations and elaboration
    EMPTY_DOMAIN("PTL0301", "param with an empty domain"),
    NO_CONFIGURATION("PTL0302", "no configuration satisfies the requires"),
    REGION_INVERTED("PTL0303", "region ends below its start"),
    BAD_GEOMETRY("PTL0304", "page-table geometry is not well formed"),
    NO_SUCH_CONFIGURATION("PTL0306", "a theorem or example applies to no configuration"),
    BAD_GRANULE("PTL0307", "a granule is not a power of two"),
    GRANULE_MISMATCH("PTL0308", "state accessed at a granularity the pointwise semantics cannot follow"),

    // 04xx: reading a kernel tree (ptprove drift / check --kernel / review)
    KERNEL_PREPROCESS("PTL0401", "kernel headers cannot be preprocessed"),
    KERNEL_FILE_MISSING("PTL0402", "bound kernel file not in the tree"),
    KERNEL_MACRO_UNDEFINED("PTL0403", "bound macro not defined in a configuration"),
    KERNEL_NOT_CONSTANT("PTL0404", "macro is not a constant expression ptprove can evaluate"),
    KERNEL_FUNCTION_MISSING("PTL0405", "bound function not defined in its file"),
    KERNEL_UNSUPPORTED_C("PTL0406", "kernel function outside the pure integer subset"),
    KERNEL_BINDING_MISMATCH("PTL0407", "bound kernel function does not fit the spec's fn"),
    KERNEL_NO_CONFIGURATION("PTL0408", "the tree's version selects no configuration");

    private final String id;
    private final String title;

    DiagnosticCode(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() { return id; }
    public String title() { return title; }
}
