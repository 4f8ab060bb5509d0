package org.puente.web.platform;

import java.util.Locale;
import java.util.MissingResourceException;
import org.puente.platform.Bundles;
import org.puente.platform.BusinessException;

/**
 * The one lookup of a screen text in the visitor's language, for JSF ({@link Texts}), the REST
 * resources and the servlets: the bundle {@link #BUNDLE}, a missing key shown as itself.
 */
public final class Messages {

    public static final String BUNDLE = "org.puente.web.i18n.messages";

    private Messages() {}

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            return Bundles.text(BUNDLE, locale, key, arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A business refusal in words. */
    public static String text(Locale locale, BusinessException refusal) {
        return text(locale, refusal.getMessageKey(), refusal.getArguments());
    }

    /** The language of a REST call from its {@code Accept-Language}: English when it asks for English first, else Spanish. */
    public static Locale locale(String acceptLanguage) {
        return acceptLanguage != null
                        && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Bundles.SPANISH;
    }
}
