package org.peerwork.rules.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.peerwork.model.PeerDocument;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;

/**
 * The validator behind {@link PeerNorms}: checks the document with {@link PeerChecks#standard()} and
 * reports each finding at or above the constraint's minimum severity as a violation with the
 * finding's message and a property path built from the finding's location. A null value is valid,
 * as Bean Validation expects ({@code @NotNull} says otherwise).
 *
 * <p>Messages are passed as literal text: braces, dollar signs and backslashes are escaped so that
 * no part of a checked document is ever evaluated as a message expression.
 */
public final class PeerNormsValidator implements ConstraintValidator<PeerNorms, PeerDocument> {

  private Severity minimum = Severity.ERROR;

  /** A validator; the provider creates it. */
  public PeerNormsValidator() {}

  @Override
  public void initialize(PeerNorms constraint) {
    minimum = constraint.minimum();
  }

  @Override
  public boolean isValid(PeerDocument value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Report report = PeerChecks.standard().check(value);
    boolean valid = true;
    for (Finding f : report.findings()) {
      if (!f.getSeverity().isAtLeast(minimum)) {
        continue;
      }
      if (valid) {
        context.disableDefaultConstraintViolation();
        valid = false;
      }
      addViolation(context.buildConstraintViolationWithTemplate(literal(f.getMessage().getText())), f.getLocation().getPath());
    }
    return valid;
  }

  /** Escapes a text so that a message interpolator gives it back unchanged. */
  static String literal(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** One step of a finding's location: a property name and the index or key that follows it, if any. */
  record Segment(String name, String index) {}

  /**
   * Splits a location path such as {@code assignments[id=t-1].window} or {@code activity.codes[0]}
   * into segments. An index or key runs to the first {@code ]} that ends the path or is followed by
   * {@code .} or {@code [}, so ids holding dots or brackets still split sensibly.
   */
  static List<Segment> parse(String path) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      int nameEnd = i;
      while (nameEnd < n && path.charAt(nameEnd) != '.' && path.charAt(nameEnd) != '[') {
        nameEnd++;
      }
      String name = path.substring(i, nameEnd);
      String index = null;
      i = nameEnd;
      if (i < n && path.charAt(i) == '[') {
        int close = -1;
        for (int j = i + 1; j < n; j++) {
          if (path.charAt(j) == ']' && (j + 1 == n || path.charAt(j + 1) == '.' || path.charAt(j + 1) == '[')) {
            close = j;
            break;
          }
        }
        if (close < 0) {
          close = n;
        }
        index = path.substring(i + 1, Math.min(close, n));
        i = Math.min(close + 1, n);
        while (i < n && path.charAt(i) == '[') {
          // a further index on the same name (a[0][1]) is not represented; peerwork paths have none
          int next = path.indexOf(']', i);
          i = next < 0 ? n : next + 1;
        }
      }
      if (i < n && path.charAt(i) == '.') {
        i++;
      }
      if (!name.isEmpty() || index != null) {
        out.add(new Segment(name, index));
      }
    }
    return out;
  }

  private static void addViolation(ConstraintViolationBuilder builder, String path) {
    Object cur = builder;
    String pendingIndex = null;
    for (Segment s : parse(path)) {
      if (!s.name().isEmpty()) {
        NodeBuilderCustomizableContext node = property(cur, s.name());
        cur = pendingIndex == null ? node : at(node.inIterable(), pendingIndex);
        pendingIndex = null;
      }
      if (s.index() != null) {
        pendingIndex = s.index();
      }
    }
    if (pendingIndex != null) {
      LeafNodeContextBuilder leaf = bean(cur).inIterable();
      if (isIndex(pendingIndex)) {
        leaf.atIndex(Integer.valueOf(pendingIndex)).addConstraintViolation();
      } else {
        leaf.atKey(pendingIndex).addConstraintViolation();
      }
      return;
    }
    addTo(cur);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static NodeBuilderDefinedContext at(NodeContextBuilder node, String index) {
    return isIndex(index) ? node.atIndex(Integer.valueOf(index)) : node.atKey(index);
  }

  private static NodeBuilderCustomizableContext property(Object cur, String name) {
    if (cur instanceof ConstraintViolationBuilder b) {
      return b.addPropertyNode(name);
    }
    if (cur instanceof NodeBuilderCustomizableContext b) {
      return b.addPropertyNode(name);
    }
    if (cur instanceof NodeBuilderDefinedContext b) {
      return b.addPropertyNode(name);
    }
    return ((NodeContextBuilder) cur).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext bean(Object cur) {
    if (cur instanceof ConstraintViolationBuilder b) {
      return b.addBeanNode();
    }
    if (cur instanceof NodeBuilderCustomizableContext b) {
      return b.addBeanNode();
    }
    if (cur instanceof NodeBuilderDefinedContext b) {
      return b.addBeanNode();
    }
    return ((NodeContextBuilder) cur).addBeanNode();
  }

  private static void addTo(Object cur) {
    if (cur instanceof ConstraintViolationBuilder b) {
      b.addConstraintViolation();
    } else if (cur instanceof NodeBuilderCustomizableContext b) {
      b.addConstraintViolation();
    } else if (cur instanceof NodeBuilderDefinedContext b) {
      b.addConstraintViolation();
    } else {
      ((NodeContextBuilder) cur).addConstraintViolation();
    }
  }
}
