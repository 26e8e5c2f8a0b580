package vn.phoyen.workflow.portal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code ward.portal}: the residents' page and {@code /api/public/**}.
 *
 * @param submissionLimit feedback a client may send per {@code submissionWindow}
 * @param submissionWindow see {@code submissionLimit}
 * @param lookupLimit look-ups, ratings and answer pages a client may ask for per {@code lookupWindow}: enough for a
 *                    person, too few to try tracking codes one after another
 * @param lookupWindow see {@code lookupLimit}
 * @param maxClients clients remembered per limit (memory bound; the one seen longest ago is forgotten first)
 * @param maxBodySize largest request body accepted (413 beyond)
 * @param trustedProxies addresses of the ward's own reverse proxies; only a request from one of them has its
 *                       {@code X-Forwarded-For} believed. Empty (the default): the connection's address counts.
 */
@ConfigurationProperties("ward.portal")
record PortalProperties(
        @DefaultValue("5") int submissionLimit,
        @DefaultValue("10m") Duration submissionWindow,
        @DefaultValue("60") int lookupLimit,
        @DefaultValue("1m") Duration lookupWindow,
        @DefaultValue("10000") int maxClients,
        @DefaultValue("16KB") DataSize maxBodySize,
        @DefaultValue List<String> trustedProxies) {
}
