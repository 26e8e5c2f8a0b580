package vn.phoyen.workflow.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.ExecutionQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.springframework.stereotype.Component;

/**
 * The engine's SQL is built per call by MyBatis, whose expressions read the query's properties through OGNL. A
 * property without a {@code get}/{@code is} getter, such as {@code query.isOrQueryActive} and
 * {@code query.isWithoutTenantId} in every task query, is looked up by OGNL anew on each read, lower-casing the name
 * of every method of the class ({@code OgnlRuntime.getReadMethod}, never cached): 4 % of the application's CPU in a
 * feedback lifecycle, 42 % of building a task query's SQL (BENCHMARKS.md, change 18). The same look-up, done once per
 * class and name.
 */
@Component
class SqlPropertyLookupPlugin extends AbstractProcessEnginePlugin {

    /**
     * The engine's classes whose SQL reads such properties on the staff's daily calls (Camunda's mappings:
     * {@code query.isOrQueryActive}, {@code isTenantIdSet}, {@code authCheck.isHistoricInstancePermissionsEnabled}, …).
     */
    static final List<Class<?>> QUERY_CLASSES = List.of(TaskQueryImpl.class, HistoricTaskInstanceQueryImpl.class,
            HistoricProcessInstanceQueryImpl.class, ExecutionQueryImpl.class, ProcessInstanceQueryImpl.class,
            ProcessDefinitionQueryImpl.class, AuthorizationCheck.class, TenantCheck.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // OGNL's accessors are global to the JVM, and it remembers the one it found for each class it has met: the
        // default for every class, named ones too, since an engine built earlier in the JVM (the benchmark's bare
        // application) may have met them already
        ReadMethodsOnce accessor = new ReadMethodsOnce();
        OgnlRuntime.setPropertyAccessor(Object.class, accessor);
        QUERY_CLASSES.forEach(type -> OgnlRuntime.setPropertyAccessor(type, accessor));
    }

    static final class ReadMethodsOnce extends ObjectPropertyAccessor {

        private static final Object[] NO_ARGUMENTS = {};

        private final Map<Class<?>, Map<String, Optional<Method>>> readMethods = new ConcurrentHashMap<>();

        @Override
        public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
            Method read = target == null ? null : readMethod(target.getClass(), name);
            if (read == null || !context.getMemberAccess().isAccessible(context, target, read, name)) {
                return super.getPossibleProperty(context, target, name);
            }
            try {
                return OgnlRuntime.invokeMethod(target, read, NO_ARGUMENTS);
            } catch (InvocationTargetException failed) {
                throw new OgnlException(name, failed.getTargetException());
            } catch (IllegalAccessException refused) {
                throw new OgnlException(name, refused);
            }
        }

        /** The method OGNL falls back on when the class has no getter for the name; null where it has one or none. */
        private Method readMethod(Class<?> type, String name) {
            return readMethods.computeIfAbsent(type, any -> new ConcurrentHashMap<>()).computeIfAbsent(name,
                    property -> OgnlRuntime.getGetMethod(type, property) != null ? Optional.empty()
                            : Optional.ofNullable(OgnlRuntime.getReadMethod(type, property)))
                    .orElse(null);
        }
    }
}
