package ptprove.eval;

import java.util.List;
import ptprove.syntax.ast.Decl;

/** A teardown applied to its arguments ({@code Long} or {@code Boolean}), on its pagetable's geometry. */
public record PolicyValue(Decl.Teardown teardown, List<Object> args, Geometry geometry) {
    public PolicyValue { args = List.copyOf(args); }
    public String name() { return teardown.name().text(); }
}
