package vn.phoyen.workflow.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ReadHistoryLevel} in the place of the engine's level full: the engine takes the last level of its list
 * named as configured ({@code camunda.bpm.history-level: full}), and custom levels come after its own.
 */
@Component
class ReadHistoryLevelPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(ReadHistoryLevel.INSTANCE);
        configuration.setCustomHistoryLevels(levels);
    }
}
