package org.supportmodel.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: package-private {@code Immutable*} implementations,
 * strict builders, JDK collections only, and the abstract type as the public face.
 *
 * <p>A builder missing a required attribute throws {@link IllegalArgumentException} naming the
 * missing attributes; a null given to a builder or a {@code with} method throws {@link
 * NullPointerException} naming the attribute.
 *
 * <p>A value type annotated with this style exposes {@code builder()} and {@code of(...)} on the
 * abstract type; the generated class is an implementation detail and never public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    allParameters = false,
    defaultAsDefault = false,
    get = {"is*", "get*"},
    init = "*",
    throwForInvalidImmutableState = IllegalArgumentException.class,
    depluralize = true,
    depluralizeDictionary = {"process:processes", "coverage:coverage", "status:statuses", "criterion:criteria"},
    privateNoargConstructor = true)
public @interface ValueStyle {}
