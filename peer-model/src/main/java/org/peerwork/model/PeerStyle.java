package org.peerwork.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the peerwork model.
 *
 * <p>A value is written as a package-private abstract class {@code FooDef} with JavaBeans accessors
 * ({@code getX()} / {@code isX()}), so that any Jakarta Bean Validation provider sees the
 * constraints on them. Immutables generates the public immutable class {@code Foo} with a builder
 * ({@code Foo.builder()}), {@code withX(..)} copies, {@code equals}/{@code hashCode} and a readable
 * {@code toString}; builder and JSON names drop the {@code get}/{@code is} prefix.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "duty:duties", "activity:activities", "category:categories", "criterion:criteria",
      "policy:policies", "entry:entries", "property:properties", "phrase:phrases",
      "assignment:assignments", "address:addresses"
    },
    defaults = @Value.Immutable(copy = true))
public @interface PeerStyle {}
