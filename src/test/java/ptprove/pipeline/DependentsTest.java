package ptprove.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a spec reads, and the specs a changed file affects (ptprove deps, check --affected-by, --watch). */
class DependentsTest {
    @TempDir Path dir;

    private SpecInput spec(String name) throws Exception {
        Path root = dir.toRealPath();
        return new SpecInput(root.resolve(name), name, root, Path.of(name));
    }

    @Test
    void importsFirstThenTheSpecAndOnlyTheSpecWhenItDoesNotParse() throws Exception {
        Files.writeString(dir.resolve("b.ptl"), "let B = 1;\n");
        Files.writeString(dir.resolve("a.ptl"), "import \"b.ptl\";\ntheorem t: B == 1;\n");
        Files.writeString(dir.resolve("bad.ptl"), "theorem (\n");
        Path root = dir.toRealPath();
        assertEquals(List.of(root.resolve("b.ptl"), root.resolve("a.ptl")), Dependents.files(spec("a.ptl")));
        assertEquals(List.of(root.resolve("bad.ptl")), Dependents.files(spec("bad.ptl")));
        List<SpecInput> all = List.of(spec("a.ptl"), spec("b.ptl"), spec("bad.ptl"));
        assertEquals(List.of("a.ptl", "b.ptl"),
                Dependents.affected(all, List.of(dir.resolve("b.ptl"))).stream().map(SpecInput::display).toList());
        assertEquals(List.of("bad.ptl"),
                Dependents.affected(all, List.of(dir.resolve("bad.ptl"))).stream().map(SpecInput::display).toList());
    }
}
