package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.List;

import org.apache.ibatis.ognl.AbstractMemberAccess;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.ognl.PropertyAccessor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;

/**
 * The engine's SQL reads each property as OGNL's own accessor reads it; only the look-up of a method that is not a
 * getter is remembered.
 */
@EngineTest
class SqlPropertyLookupPluginTest {

    /** Public members, as MyBatis lets OGNL reach them. */
    private static final AbstractMemberAccess PUBLIC_MEMBERS = new AbstractMemberAccess() {
        @Override
        public boolean isAccessible(OgnlContext context, Object target, Member member, String propertyName) {
            return Modifier.isPublic(member.getModifiers());
        }
    };

    @Autowired
    TaskService taskService;

    /** A query's parameter object with a property read through a method that is not a getter and one that fails. */
    public static class Parameters {
        public boolean isWithoutCategory() {
            return true;
        }

        public String getUnit() {
            return "kthtdt";
        }

        public String failsToRead() {
            throw new IllegalStateException("hỏng");
        }
    }

    @Test
    void everyKindOfPropertyReadsAsOgnlReadsIt() throws Exception {
        // a getter, a method that is not one, a protected field, a name that is none
        TaskQueryImpl query = new TaskQueryImpl();
        query.processInstanceId("p1");
        for (Object target : List.of(query, new Parameters())) {
            for (String property : List.of("isOrQueryActive", "isWithoutTenantId", "processInstanceId", "resultType",
                    "isWithoutCategory", "unit", "noSuchProperty")) {
                for (int read = 0; read < 2; read++) {
                    assertThat(outcome(new SqlPropertyLookupPlugin.ReadMethodsOnce(), target, property))
                            .as("%s.%s, read %d", target.getClass().getSimpleName(), property, read + 1)
                            .isEqualTo(outcome(new ObjectPropertyAccessor(), target, property));
                }
            }
        }
        assertThat(value(new SqlPropertyLookupPlugin.ReadMethodsOnce(), query, "isOrQueryActive")).isEqualTo(false);
        assertThat(value(new SqlPropertyLookupPlugin.ReadMethodsOnce(), query, "processInstanceId")).isEqualTo("p1");
    }

    @Test
    void aMethodThatFailsFailsTheSameWay() {
        Throwable ours = catchThrowable(() -> value(new SqlPropertyLookupPlugin.ReadMethodsOnce(), new Parameters(),
                "failsToRead"));
        Throwable ognls = catchThrowable(() -> value(new ObjectPropertyAccessor(), new Parameters(), "failsToRead"));

        assertThat(ours).isNotNull().hasSameClassAs(ognls).hasMessage(ognls.getMessage());
        assertThat(ours.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("hỏng");
    }

    @Test
    void theEngineBuildsItsSqlThroughIt() throws Exception {
        for (Class<?> type : SqlPropertyLookupPlugin.QUERY_CLASSES) {
            assertThat(OgnlRuntime.getPropertyAccessor(type)).as(type.getName())
                    .isInstanceOf(SqlPropertyLookupPlugin.ReadMethodsOnce.class);
        }
        assertThat(OgnlRuntime.getPropertyAccessor(Parameters.class))
                .isInstanceOf(SqlPropertyLookupPlugin.ReadMethodsOnce.class);
        // a task query's SQL reads query.isOrQueryActive and query.isWithoutTenantId
        List<Task> none = taskService.createTaskQuery().processInstanceId("không-có").list();
        assertThat(none).isEmpty();
    }

    /** The value read, or the refusal: a property that does not exist, or one the members' access hides. */
    private static Object outcome(PropertyAccessor accessor, Object target, String property) {
        try {
            return value(accessor, target, property);
        } catch (Exception refused) {
            return refused.getClass().getName() + ": " + refused.getMessage();
        }
    }

    private static Object value(PropertyAccessor accessor, Object target, String property) throws Exception {
        OgnlContext context = Ognl.createDefaultContext(target, PUBLIC_MEMBERS);
        return accessor.getProperty(context, target, property);
    }
}
