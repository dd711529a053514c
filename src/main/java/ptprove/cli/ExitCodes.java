package ptprove.cli;

/** Exit statuses, as documented in {@code --help} and the README. */
final class ExitCodes {
    private ExitCodes() {}

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int SPEC_ERROR = 3;
    static final int UNKNOWN = 4;
    static final int INTERNAL = 70;

    static final String HELP = """
            Exit status:
              0   every obligation proved or witnessed (or as recorded in proofs/)
              1   something refuted, unwitnessed or vacuous, or a change against proofs/
              2   usage error
              3   error in a spec
              4   the solver gave up (unknown: timeout or resource limit)
              70  internal error (a bug in ptprove)""";
}
