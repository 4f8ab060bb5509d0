package org.puente.transparency;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What was drawn from one set of {@link DashboardFigures}, by name ("json", "trend|es"...): the figures
 * are kept a minute by {@link FigureCache}, so their JSON and charts are written once, not on every view.
 * Equal only to itself, so two sets of figures never share their drawings.
 */
public final class Drawings {

    private final Map<String, Object> drawn = new ConcurrentHashMap<>();

    /** The drawing of this name, made by {@code draw} the first time it is asked for. */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Supplier<T> draw) {
        return (T) drawn.computeIfAbsent(name, n -> draw.get());
    }
}
