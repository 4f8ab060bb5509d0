package org.puente.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way a text is taken from a bundle in a language: the screens' (through the web module's
 * {@code Messages}) and the e-mails' alike. A pattern without arguments is returned as written, so that
 * a lone apostrophe needs no doubling there.
 */
public final class Bundles {

    /** Puente's default language. */
    public static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private Bundles() {
    }

    /** The key's text in the language, with the arguments put in; a missing key is a {@code MissingResourceException}. */
    public static String text(String bundle, Locale locale, String key, Object... arguments) {
        // The thread's class loader, not this class's: in the EAR this class sits in the EJB jar, whose loader
        // cannot see the web module's bundle (every screen text of a refusal came out as its key).
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String pattern = ResourceBundle.getBundle(bundle, locale, loader == null ? Bundles.class.getClassLoader() : loader)
                .getString(key);
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
