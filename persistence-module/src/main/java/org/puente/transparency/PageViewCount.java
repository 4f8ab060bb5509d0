package org.puente.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many times a public page was viewed on one day from one kind of device, system and browser.
 * This is all Puente keeps of a visit: no cookie, no address, no User-Agent. Rows only grow, through
 * a bulk update ({@code views = views + n}) or, for the day's first view of the combination, this
 * constructor.
 */
@Entity
@Table(name = "page_view_count")
public class PageViewCount {

    /** The longest page path kept; longer ones are cut. */
    public static final int MAX_PATH = 200;

    @Id
    @SequenceGenerator(name = "page_view_count_seq", sequenceName = "page_view_count_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_view_count_seq")
    private Long id;

    @Column(name = "view_day", nullable = false)
    private LocalDate day;

    @Column(name = "page_path", nullable = false, length = MAX_PATH)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeviceClass device;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OsFamily os;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BrowserFamily browser;

    @Column(nullable = false)
    private long views;

    protected PageViewCount() {}

    public PageViewCount(
            LocalDate day, String path, DeviceClass device, OsFamily os, BrowserFamily browser, long views) {
        if (views < 1) {
            throw new IllegalArgumentException("a counter starts with at least one view");
        }
        if (path == null || !path.startsWith("/") || path.length() > MAX_PATH) {
            throw new IllegalArgumentException("a page path starts with / and has at most " + MAX_PATH + " characters");
        }
        this.day = Objects.requireNonNull(day, "day");
        this.path = path;
        this.device = Objects.requireNonNull(device, "device");
        this.os = Objects.requireNonNull(os, "os");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.views = views;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getPath() {
        return path;
    }

    public DeviceClass getDevice() {
        return device;
    }

    public OsFamily getOs() {
        return os;
    }

    public BrowserFamily getBrowser() {
        return browser;
    }

    public long getViews() {
        return views;
    }
}
