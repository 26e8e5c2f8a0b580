package vn.phoyen.workflow.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ward.complaint}.
 *
 * @param remoteArea whether the ward lies in a remote or hard-to-reach area (vùng sâu, vùng xa), which lengthens the
 *                   periods of Luật Khiếu nại 2011 Arts. 28, 33 and 43 (the {@code -remote} rows of the statutory
 *                   table). An urban ward such as Phổ Yên is not: false by default, and a complaint started with
 *                   {@code remoteArea=true} is then refused.
 */
@ConfigurationProperties("ward.complaint")
record ComplaintProperties(@DefaultValue("false") boolean remoteArea) {
}
