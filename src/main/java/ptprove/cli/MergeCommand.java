package ptprove.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import ptprove.files.BoundedRead;
import ptprove.files.FileProblem;
import ptprove.report.ShardMerge;
import ptprove.source.Printable;

/** {@code ptprove merge}: the JSON reports of {@code check --shard i/n} runs, joined into one. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Join the JSON reports of 'check --shard I/N --format json' runs (every shard of one split,"
                + " in any order) into the JSON report of one unsharded run, printed on stdout. The exit status"
                + " is the one check gives that run. Shards from different tools, options, specs or splits, or"
                + " with missing or repeated shards, are refused (exit 2).",
        footer = {"", ExitCodes.HELP, "",
                "Example:",
                "  ptprove check --shard 1/2 --format json specs > 1.json   # in CI job 1",
                "  ptprove check --shard 2/2 --format json specs > 2.json   # in CI job 2",
                "  ptprove merge 1.json 2.json > report.json"})
final class MergeCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "REPORT", description = "JSON reports of the shards.")
    List<Path> reports;

    /** Reports larger than this are refused unread (the library's, sharded, are a few MiB). */
    static final long MAX_REPORT_BYTES = 256L << 20;

    @Override
    int run(Io io) {
        List<ShardMerge.Input> inputs = new ArrayList<>();
        for (Path p : reports) {
            try {
                inputs.add(new ShardMerge.Input(p.toString(), read(p)));
            } catch (java.nio.file.NoSuchFileException e) {
                return io.usage("merge: no such file: " + Printable.of(p.toString()));
            } catch (CharacterCodingException e) {
                return io.usage("merge: " + Printable.of(p.toString()) + ": not UTF-8 text");
            } catch (IOException e) {
                return io.fail(ExitCodes.IO, "I/O error: " + FileProblem.reading(p, e).getMessage());
            }
        }
        try {
            ShardMerge.Merged merged = ShardMerge.merge(inputs);
            io.out().print(merged.json());
            return merged.exitCode();
        } catch (ShardMerge.Incompatible e) {
            return io.usage("merge: " + e.getMessage());
        }
    }

    /** A report named on the command line: a regular file (a FIFO would block), bounded, strict UTF-8. */
    private static String read(Path p) throws IOException {
        byte[] bytes = BoundedRead.read(p, MAX_REPORT_BYTES, BoundedRead.Links.FOLLOW);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
