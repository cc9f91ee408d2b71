package io.github.quanze.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every quanze value type.
 * <p>
 * Generated {@code Immutable*} classes stay package-private; callers use the abstract type and its nested
 * {@code Builder}, and {@code build()} returns the abstract type. Only {@link Override} is copied from the
 * classpath, so the generated code needs no {@code javax.annotation} or Error Prone annotations on the module path.
 * <p>
 * Collection attributes are held in JDK unmodifiable collections ({@code jdkOnly}) rather than Guava's: the
 * generated builders then reject a null element with {@code requireNonNull(element, "provisions element")}, naming
 * the attribute, where Guava's builders throw a {@link NullPointerException} without a message. Order, equality and
 * immutability are the same.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = false),
        depluralize = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class})
public @interface DomainStyle {}
