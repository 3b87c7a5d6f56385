package dev.plumb.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Rule;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleIndexProcessorTest {

  private static final String INFO = """
      @RuleInfo(id = "sample-rule", severity = Severity.NOTE, summary = "s", description = "d", remediation = "r",
          category = "test")
      """;

  @TempDir
  Path output;

  @Test
  void indexesEveryAnnotatedRuleByBinaryName() throws IOException {
    Compilation result = compile(
        source("demo.FirstRule", INFO + "public final class FirstRule implements SchemaRule {\n"
            + "  public void check(RuleContext context) {}\n}"),
        source("demo.Outer", "public final class Outer {\n" + INFO
            + "  public static final class Nested implements SchemaRule {\n"
            + "    public void check(RuleContext context) {}\n  }\n}"));

    assertThat(result.errors()).isEmpty();
    assertThat(Files.readAllLines(output.resolve(RuleIndexProcessor.INDEX))).containsExactly(
        "# Written by RuleIndexProcessor from the @RuleInfo classes.",
        "demo.FirstRule",
        "demo.Outer$Nested");
  }

  @Test
  void writesNoIndexWithoutRules() {
    Compilation result = compile(source("demo.Plain", "public final class Plain {}"));

    assertThat(result.errors()).isEmpty();
    assertThat(output.resolve(RuleIndexProcessor.INDEX)).doesNotExist();
  }

  @Test
  void aRuleClassThatIsNotPublicFailsTheBuild() {
    Compilation result = compile(source("demo.Hidden", INFO + "final class Hidden implements SchemaRule {\n"
        + "  public void check(RuleContext context) {}\n}"));

    assertThat(result.errors()).containsExactly("Hidden.java:9: a rule class must be public so it can be loaded");
  }

  @Test
  void anAnnotatedClassThatIsNoRuleFailsTheBuild() {
    Compilation result = compile(source("demo.NotARule", INFO + "public final class NotARule {}"));

    assertThat(result.errors()).containsExactly(
        "NotARule.java:9: a class with @RuleInfo must implement " + Rule.class.getName());
  }

  @Test
  void aRuleThatServiceLoaderCannotMakeFailsTheBuild() {
    Compilation withArgument = compile(source("demo.NeedsArgument", INFO
        + "public final class NeedsArgument implements SchemaRule {\n"
        + "  public NeedsArgument(int limit) {}\n  public void check(RuleContext context) {}\n}"));
    Compilation inner = compile(source("demo.Holder", "public final class Holder {\n" + INFO
        + "  public final class Inner implements SchemaRule {\n"
        + "    public void check(RuleContext context) {}\n  }\n}"));

    String problem = "a rule class needs a public no-argument constructor, and a nested one must be static";
    assertThat(withArgument.errors()).containsExactly("NeedsArgument.java:9: " + problem);
    assertThat(inner.errors()).containsExactly("Holder.java:10: " + problem);
  }

  @Test
  void anAbstractRuleClassFailsTheBuild() {
    Compilation result = compile(source("demo.Base", INFO + "public abstract class Base implements SchemaRule {}"));

    assertThat(result.errors()).containsExactly("Base.java:9: @RuleInfo belongs on a concrete class");
  }

  private record Compilation(List<String> errors) {
  }

  private Compilation compile(JavaFileObject... sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-d", output.toString(), "-classpath", classPathOfTheRuleApi());
    JavaCompiler.CompilationTask task = compiler.getTask(null, null, diagnostics, options, null, List.of(sources));
    task.setProcessors(List.of(new RuleIndexProcessor()));
    task.call();
    return new Compilation(diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> Path.of(d.getSource().getName()).getFileName() + ":" + d.getLineNumber() + ": "
            + d.getMessage(Locale.ROOT)).toList());
  }

  private static String classPathOfTheRuleApi() {
    try {
      return Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JavaFileObject source(String className, String declaration) {
    String packageName = className.substring(0, className.lastIndexOf('.'));
    String text = "package " + packageName + ";\n\n"
        + "import dev.plumb.core.api.RuleContext;\nimport dev.plumb.core.api.RuleInfo;\n"
        + "import dev.plumb.core.api.SchemaRule;\nimport dev.plumb.core.api.Severity;\n" + declaration + "\n";
    URI uri = URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
