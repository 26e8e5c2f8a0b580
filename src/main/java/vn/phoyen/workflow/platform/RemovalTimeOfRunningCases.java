package vn.phoyen.workflow.platform;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Cases that were running when the removal time began to be written from the start (ADR 0013) have none: the old
 * strategy would have written it at their end, the new one writes nothing then. At each start-up the engine's batch
 * gives them (and the grants on their history) the removal time counted from their start; once given, the look-up
 * finds none and costs one indexed read.
 */
@Component
class RemovalTimeOfRunningCases extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(RemovalTimeOfRunningCases.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_START.equals(
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getHistoryRemovalTimeStrategy())) {
            giveRemovalTime(engine);
        }
    }

    static void giveRemovalTime(ProcessEngine engine) {
        HistoryService history = engine.getHistoryService();
        List<String> cases = history.createNativeHistoricProcessInstanceQuery()
                .sql("SELECT * FROM " + engine.getManagementService().getTableName(HistoricProcessInstance.class)
                        + " WHERE END_TIME_ IS NULL AND REMOVAL_TIME_ IS NULL AND ID_ = ROOT_PROC_INST_ID_")
                .list().stream().map(HistoricProcessInstance::getId).toList();
        if (cases.isEmpty()) {
            return;
        }
        history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
                .byIds(cases.toArray(String[]::new)).hierarchical().executeAsync();
        LOG.info("Tính thời điểm xoá lịch sử (từ ngày bắt đầu) cho {} hồ sơ đang xử lý", cases.size());
    }
}
