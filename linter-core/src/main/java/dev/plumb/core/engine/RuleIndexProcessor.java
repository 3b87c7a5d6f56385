package dev.plumb.core.engine;

import dev.plumb.core.api.Rule;
import dev.plumb.core.api.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the ServiceLoader index of every {@link RuleInfo} class a module compiles, so that adding a rule
 * means adding its class and nothing else. A misplaced annotation fails the build here, not at run time.
 */
@SupportedAnnotationTypes("dev.plumb.core.api.RuleInfo")
public final class RuleIndexProcessor extends AbstractProcessor {

  static final String INDEX = "META-INF/services/" + Rule.class.getName();

  private final Set<String> ruleClasses = new TreeSet<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(RuleInfo.class)) {
      if (isUsableRule(element)) {
        ruleClasses.add(processingEnv.getElementUtils().getBinaryName((TypeElement) element).toString());
      }
    }
    if (round.processingOver() && !ruleClasses.isEmpty()) {
      writeIndex();
    }
    return false;
  }

  private boolean isUsableRule(Element element) {
    TypeMirror ruleType = processingEnv.getElementUtils().getTypeElement(Rule.class.getName()).asType();
    String problem = null;
    if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)) {
      problem = "@RuleInfo belongs on a concrete class";
    } else if (!element.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "a rule class must be public so it can be loaded";
    } else if (!processingEnv.getTypeUtils().isAssignable(element.asType(), ruleType)) {
      problem = "a class with @RuleInfo must implement " + Rule.class.getName();
    } else if (!canBeLoaded((TypeElement) element)) {
      problem = "a rule class needs a public no-argument constructor, and a nested one must be static";
    }
    if (problem != null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem, element);
      return false;
    }
    return true;
  }

  /** What ServiceLoader needs to make an instance. */
  private static boolean canBeLoaded(TypeElement type) {
    boolean inner = type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC);
    return !inner && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC) && c.getParameters().isEmpty());
  }

  private void writeIndex() {
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX);
      try (Writer out = file.openWriter()) {
        out.write("# Written by " + RuleIndexProcessor.class.getSimpleName() + " from the @RuleInfo classes.\n");
        for (String name : ruleClasses) {
          out.write(name);
          out.write('\n');
        }
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + INDEX + ": " + e.getMessage());
    }
  }
}
