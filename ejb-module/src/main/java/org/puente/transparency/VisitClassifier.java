package org.puente.transparency;

import java.util.Optional;
import java.util.regex.Pattern;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Tells from a User-Agent what kind of device, operating system and browser a page view came from,
 * with ua-parser's shared patterns (uap-core) for the system and the browser. Only these three
 * classes are kept; the User-Agent itself is never stored.
 *
 * <p>Not a visit: no User-Agent, one that is not a browser's (every browser's starts with
 * {@code Mozilla/}; scripts and libraries say their own name), and one that says it is a robot
 * (bot, crawler, spider, a headless browser). A phone is told from a tablet the way the browsers
 * ask sites to: an Android browser without "Mobile" is a tablet's. An iPad that asks for desktop
 * sites (Safari's default since iPadOS 13) says it is a Mac and counts as a computer.
 *
 * <p>Building the parser compiles some thousand patterns (a fraction of a second): build one and
 * keep it; it is safe for several threads.
 */
public final class VisitClassifier {

    /** What Puente keeps of a page view besides its day and path. */
    public record Visit(DeviceClass device, OsFamily os, BrowserFamily browser) {}

    private static final Pattern ROBOT = Pattern.compile(
            "bot/|bot;|bot\\)|\\bbot\\b|robot|crawl|spider|slurp|headless|lighthouse|facebookexternalhit|\\+https?://",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLET =
            Pattern.compile("ipad|tablet|kindle|silk/|playbook", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("iphone|ipod|windows phone|mobile", Pattern.CASE_INSENSITIVE);

    /** Longer User-Agents are cut before parsing (real ones are a few hundred characters). */
    static final int MAX_LENGTH = 512;

    private final Parser parser;

    public VisitClassifier() {
        this.parser = new Parser();
    }

    /** A robot or not a browser at all, by the User-Agent's own words: cheap, for every request. */
    public static boolean isRobot(String userAgent) {
        return userAgent == null
                || userAgent.isBlank()
                || !userAgent.startsWith("Mozilla/")
                || ROBOT.matcher(userAgent).find();
    }

    /** The page view's classes, or empty when it is not a person's browser. */
    public Optional<Visit> classify(String userAgent) {
        if (isRobot(userAgent)) {
            return Optional.empty();
        }
        String ua = userAgent.length() > MAX_LENGTH ? userAgent.substring(0, MAX_LENGTH) : userAgent;
        Client client = parser.parse(ua);
        if ("Spider".equals(client.device.family)) {
            return Optional.empty();
        }
        OsFamily os = os(client.os.family);
        return Optional.of(new Visit(device(ua, os, client.device.family), os, browser(client.userAgent.family)));
    }

    static DeviceClass device(String ua, OsFamily os, String deviceFamily) {
        if ("iPad".equals(deviceFamily) || TABLET.matcher(ua).find()) {
            return DeviceClass.TABLET;
        }
        if (os == OsFamily.ANDROID) {
            return ua.contains("Mobile") ? DeviceClass.PHONE : DeviceClass.TABLET;
        }
        if (PHONE.matcher(ua).find()) {
            return DeviceClass.PHONE;
        }
        return DeviceClass.DESKTOP;
    }

    static OsFamily os(String family) {
        if (family == null) {
            return OsFamily.OTHER;
        }
        return switch (family) {
            case "Android" -> OsFamily.ANDROID;
            case "iOS", "iPadOS" -> OsFamily.IOS;
            case "Mac OS X", "macOS", "Mac OS" -> OsFamily.MACOS;
            case "Chrome OS", "ChromeOS" -> OsFamily.CHROMEOS;
            case "Linux",
                    "Ubuntu",
                    "Debian",
                    "Fedora",
                    "Red Hat",
                    "Linux Mint",
                    "Arch Linux",
                    "openSUSE",
                    "SUSE",
                    "Gentoo",
                    "Mageia",
                    "CentOS",
                    "Kubuntu",
                    "Xubuntu" -> OsFamily.LINUX;
            default -> family.startsWith("Windows")
                            && !family.startsWith("Windows Phone")
                            && !family.startsWith("Windows Mobile")
                            && !family.startsWith("Windows CE")
                    ? OsFamily.WINDOWS
                    : OsFamily.OTHER;
        };
    }

    static BrowserFamily browser(String family) {
        if (family == null) {
            return BrowserFamily.OTHER;
        }
        if (family.startsWith("Edge")) {
            return BrowserFamily.EDGE;
        }
        if (family.startsWith("Samsung Internet")) {
            return BrowserFamily.SAMSUNG;
        }
        if (family.startsWith("Opera")) {
            return BrowserFamily.OPERA;
        }
        if (family.startsWith("Firefox")) {
            return BrowserFamily.FIREFOX;
        }
        if (family.startsWith("Chrome") || family.equals("Chromium")) {
            return BrowserFamily.CHROME;
        }
        if (family.equals("Safari") || family.startsWith("Mobile Safari")) {
            return BrowserFamily.SAFARI;
        }
        return BrowserFamily.OTHER;
    }
}
