package org.puente.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This node's name in the lease table: {@code puente.node} (PUENTE_NODE) when set, otherwise Payara's instance name,
 * the host's name and a random part drawn once per JVM, so that two nodes on one machine never share a name.
 */
@ApplicationScoped
public class ClusterNode {

    static final int MAX_LENGTH = 120;

    private final String name = pick();

    /** Who holds a lease taken here. */
    public String name() {
        return name;
    }

    private static String pick() {
        String configured = ConfigProvider.getConfig()
                .getOptionalValue("puente.node", String.class)
                .orElse("")
                .strip();
        if (!configured.isEmpty()) {
            return shorten(configured);
        }
        String instance = System.getProperty("com.sun.aas.instanceName", "payara");
        String random = UUID.randomUUID().toString().substring(0, 8);
        return shorten(instance + "@" + host() + "/" + random);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(text.length() - MAX_LENGTH);
    }
}
