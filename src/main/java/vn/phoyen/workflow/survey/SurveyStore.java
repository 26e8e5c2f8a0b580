package vn.phoyen.workflow.survey;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The survey tables (V7__ward_survey.sql): campaigns, hashed one-time codes, anonymous answer sheets. */
@Component
class SurveyStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    SurveyStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A campaign as stored. */
    record Campaign(long id, String businessKey, String processInstanceId, ServiceArea area, LocalDate from,
            LocalDate to, List<String> units, Questionnaire questionnaire, String status) {
    }

    /** A code's campaign and unit, and whether it has been answered with. */
    record CodeRow(long campaignId, String unit, boolean used) {
    }

    long insertCampaign(String processInstanceId, CampaignPlan plan, String status) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO ward_survey_campaign "
                    + "(process_instance_id, service_area, period_from, period_to, units, questionnaire_version, "
                    + "questionnaire, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, processInstanceId);
            fill(insert, 2, plan);
            insert.setString(8, status);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    void setBusinessKey(long id, String businessKey) {
        jdbc.update("UPDATE ward_survey_campaign SET business_key = ? WHERE id = ?", businessKey, id);
    }

    void revise(String processInstanceId, CampaignPlan plan) {
        jdbc.update(connection -> {
            PreparedStatement update = connection.prepareStatement("UPDATE ward_survey_campaign SET service_area = ?, "
                    + "period_from = ?, period_to = ?, units = ?, questionnaire_version = ?, questionnaire = ? "
                    + "WHERE process_instance_id = ?", Statement.NO_GENERATED_KEYS);
            fill(update, 1, plan);
            update.setString(7, processInstanceId);
            return update;
        });
    }

    void setStatus(String processInstanceId, String status) {
        jdbc.update("UPDATE ward_survey_campaign SET status = ? WHERE process_instance_id = ?", status,
                processInstanceId);
    }

    Optional<Campaign> campaignOfInstance(String processInstanceId) {
        return campaigns("process_instance_id = ?", processInstanceId).stream().findFirst();
    }

    Optional<Campaign> campaign(String businessKey) {
        return campaigns("business_key = ?", businessKey).stream().findFirst();
    }

    Optional<Campaign> campaign(long id) {
        return campaigns("id = ?", id).stream().findFirst();
    }

    void insertCodes(long campaignId, String unit, List<String> hashes) {
        jdbc.batchUpdate("INSERT INTO ward_survey_code (code_hash, campaign_id, unit) VALUES (?, ?, ?)",
                hashes.stream().map(hash -> new Object[] {hash, campaignId, unit}).toList());
    }

    Optional<CodeRow> code(String hash) {
        return jdbc.query("SELECT campaign_id, unit, used FROM ward_survey_code WHERE code_hash = ?",
                (row, index) -> new CodeRow(row.getLong("campaign_id"), row.getString("unit"), row.getBoolean("used")),
                hash).stream().findFirst();
    }

    /** Marks the code used; false when another answer used it first (the one update decides, so no race). */
    boolean use(String hash) {
        return jdbc.update("UPDATE ward_survey_code SET used = TRUE WHERE code_hash = ? AND used = FALSE", hash) == 1;
    }

    void insertSheet(long campaignId, String unit, LocalDate day, List<Questionnaire.Question> questions,
            Map<String, Integer> ratings) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ward_survey_response (campaign_id, unit, answered_on) VALUES (?, ?, ?)",
                    new String[] {"id"});
            insert.setLong(1, campaignId);
            insert.setString(2, unit);
            insert.setDate(3, Date.valueOf(day));
            return insert;
        }, key);
        long sheet = key.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO ward_survey_answer (response_id, question, factor, rating) VALUES (?, ?, ?, ?)",
                questions.stream().filter(question -> ratings.containsKey(question.code()))
                        .map(question -> new Object[] {sheet, question.code(), question.factor(),
                                ratings.get(question.code())}).toList());
    }

    /** Answers by day, area, unit, factor and rating, of the sheets answered between the days or of one campaign. */
    List<SurveyIndex.Count> counts(LocalDate from, LocalDate to, Long campaignId) {
        Filter filter = Filter.of(from, to, campaignId);
        return jdbc.query("SELECT r.answered_on, c.service_area, r.unit, a.factor, a.rating, COUNT(*) AS answers "
                        + "FROM ward_survey_answer a JOIN ward_survey_response r ON r.id = a.response_id "
                        + "JOIN ward_survey_campaign c ON c.id = r.campaign_id WHERE " + filter.where()
                        + " GROUP BY r.answered_on, c.service_area, r.unit, a.factor, a.rating",
                (row, index) -> new SurveyIndex.Count(
                        SurveyIndex.quarter(row.getDate("answered_on").toLocalDate()), row.getString("service_area"),
                        row.getString("unit"), row.getString("factor"), row.getInt("rating"), row.getInt("answers")),
                filter.arguments());
    }

    /** Sheets by day, area and unit, filtered as {@link #counts}. */
    List<SurveyIndex.Sheets> sheets(LocalDate from, LocalDate to, Long campaignId) {
        Filter filter = Filter.of(from, to, campaignId);
        return jdbc.query("SELECT r.answered_on, c.service_area, r.unit, COUNT(*) AS sheets "
                        + "FROM ward_survey_response r JOIN ward_survey_campaign c ON c.id = r.campaign_id WHERE "
                        + filter.where() + " GROUP BY r.answered_on, c.service_area, r.unit",
                (row, index) -> new SurveyIndex.Sheets(
                        SurveyIndex.quarter(row.getDate("answered_on").toLocalDate()), row.getString("service_area"),
                        row.getString("unit"), row.getInt("sheets")),
                filter.arguments());
    }

    private record Filter(String where, Object[] arguments) {
        static Filter of(LocalDate from, LocalDate to, Long campaignId) {
            List<String> conditions = new ArrayList<>();
            List<Object> arguments = new ArrayList<>();
            if (from != null) {
                conditions.add("r.answered_on >= ?");
                arguments.add(Date.valueOf(from));
            }
            if (to != null) {
                conditions.add("r.answered_on <= ?");
                arguments.add(Date.valueOf(to));
            }
            if (campaignId != null) {
                conditions.add("r.campaign_id = ?");
                arguments.add(campaignId);
            }
            return new Filter(conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions), arguments.toArray());
        }
    }

    private List<Campaign> campaigns(String where, Object argument) {
        return jdbc.query("SELECT id, business_key, process_instance_id, service_area, period_from, period_to, units, "
                        + "questionnaire, status FROM ward_survey_campaign WHERE " + where,
                (row, index) -> new Campaign(row.getLong("id"), row.getString("business_key"),
                        row.getString("process_instance_id"),
                        ServiceArea.of(row.getString("service_area")).orElseThrow(),
                        row.getDate("period_from").toLocalDate(), row.getDate("period_to").toLocalDate(),
                        Arrays.asList(row.getString("units").split(",")), questionnaire(row.getString("questionnaire")),
                        row.getString("status")), argument);
    }

    private void fill(PreparedStatement statement, int first, CampaignPlan plan) throws java.sql.SQLException {
        statement.setString(first, plan.area().code());
        statement.setDate(first + 1, Date.valueOf(plan.from()));
        statement.setDate(first + 2, Date.valueOf(plan.to()));
        statement.setString(first + 3, String.join(",", plan.units()));
        statement.setString(first + 4, plan.questionnaire().version());
        try {
            statement.setString(first + 5, json.writeValueAsString(plan.questionnaire()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("không ghi được bộ câu hỏi", e);
        }
    }

    private Questionnaire questionnaire(String text) {
        try {
            return json.readValue(text, Questionnaire.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("không đọc được bộ câu hỏi đã lưu", e);
        }
    }
}
