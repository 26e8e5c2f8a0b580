package vn.phoyen.workflow.platform;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node of a cluster sharing one database ({@code ward.node.name}, {@code WARD_NODE_NAME}). The engine's
 * default host name is the machine's address plus the engine's name, so two nodes on one machine both write
 * {@code 127.0.1.1$default} into the job log and the metrics; with a name, ACT_HI_JOB_LOG.HOSTNAME_ says which node ran
 * a job and ACT_RU_JOB.LOCK_OWNER_ which node holds one. The lock owner keeps a random part, as the engine's default
 * does: two nodes given the same name by mistake still never share locks. Without a name the engine's defaults stay.
 */
@Component
class NodeName extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(NodeName.class);

    private final String name;

    NodeName(@Value("${ward.node.name:}") String name) {
        this.name = name.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!name.isEmpty()) {
            configuration.setHostname(name);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!name.isEmpty() && configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(name + "/" + UUID.randomUUID().toString().substring(0, 8));
        }
        LOG.info("Nút máy chủ: {} | khoá việc tự động: {}", configuration.getHostname(),
                configuration.getJobExecutor() == null ? "-" : configuration.getJobExecutor().getLockOwner());
    }
}
