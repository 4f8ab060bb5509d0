package org.puente.platform;

import java.util.regex.Pattern;

/** The one check of what passes for an e-mail address in a form: something@domain.tld, at most 200 characters. */
public final class EmailAddress {

    private static final Pattern FORMAT = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailAddress() {}

    public static boolean isValid(String address) {
        return address != null
                && address.strip().length() <= 200
                && FORMAT.matcher(address.strip()).matches();
    }
}
