package ptprove.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncludeGuardsTest {
    @Test
    void theIdiomWithCommentsAroundIsAGuard() {
        assertEquals(Optional.of("_X_H"), IncludeGuards.of("/* c */\n#ifndef _X_H\n#define _X_H\n#if A\n#endif\n#endif /* _X_H */\n"));
    }

    @Test
    void otherShapesAreNot() {
        assertEquals(Optional.empty(), IncludeGuards.of("#ifndef A\n#define B\n#endif\n"), "defines another name");
        assertEquals(Optional.empty(), IncludeGuards.of("#ifndef A\n#define A\n#endif\nint x;\n"), "code after it");
        assertEquals(Optional.empty(), IncludeGuards.of("#ifndef A\n#define A\n#endif\n#ifndef B\n#endif\n"));
        assertEquals(Optional.empty(), IncludeGuards.of("#define A\n"));
    }
}
