package vn.phoyen.workflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.feedback.ResidentFeedback;
import vn.phoyen.workflow.feedback.ResidentFeedback.AnswerPage;
import vn.phoyen.workflow.feedback.ResidentFeedback.CaseStatus;
import vn.phoyen.workflow.feedback.ResidentFeedback.NewFeedback;
import vn.phoyen.workflow.feedback.ResidentFeedback.PublishedAnswer;
import vn.phoyen.workflow.feedback.ResidentFeedback.RatingOutcome;
import vn.phoyen.workflow.feedback.ResidentFeedback.Receipt;
import vn.phoyen.workflow.process.web.DatabaseOutage;

/**
 * The residents' API against a stand-in for the procedure: every answer the contract names, refusals naming the
 * field, script payloads kept as plain JSON strings, oversize fields and bodies, garbled codes and the rate limits.
 * Each test comes from its own address, so the limits of one do not spill into another.
 */
// the default limits, but look-ups counted per hour so that a slow machine cannot refill them during a test
@WebMvcTest(controllers = PublicFeedbackController.class, properties = "ward.portal.lookup-window=1h")
@Import(PortalConfiguration.class)
class PublicFeedbackControllerTest {

    static final String CODE = "K7QX-M2PA-9RTC";
    static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @MockitoBean
    ResidentFeedback feedback;

    private final String client = "192.0.2." + ADDRESSES.getAndIncrement();

    @Test
    void sendingFeedbackAnswers201WithTheCodeAndTheDueDate() throws Exception {
        when(feedback.submit(any())).thenReturn(new Receipt(CODE, LocalDate.of(2026, 12, 11), null));

        mvc.perform(send(valid())).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/feedback/" + CODE))
                .andExpect(jsonPath("$.trackingCode").value(CODE))
                .andExpect(jsonPath("$.dueDate").value("2026-12-11"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));

        ArgumentCaptor<NewFeedback> sent = ArgumentCaptor.forClass(NewFeedback.class);
        verify(feedback).submit(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new NewFeedback("Nguyễn Thị Hoa", "0912 345 678", "moi-truong",
                "Rác thải ở đầu ngõ 12", "Rác thải tồn đọng ở đầu ngõ 12 tổ dân phố Tân Thịnh đã ba ngày."));
    }

    @Test
    void textIsStrippedAndComposedButOtherwiseAsTyped() throws Exception {
        when(feedback.submit(any())).thenReturn(new Receipt(CODE, LocalDate.of(2026, 12, 11), null));
        Map<String, Object> body = valid();
        body.put("title", "  Ngo\u0323 12 (decomposed)  ");

        mvc.perform(send(body)).andExpect(status().isCreated());

        ArgumentCaptor<NewFeedback> sent = ArgumentCaptor.forClass(NewFeedback.class);
        verify(feedback).submit(sent.capture());
        assertThat(sent.getValue().title()).isEqualTo("Ngọ 12 (decomposed)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"senderName", "senderContact", "title", "content"})
    void aMissingOrBlankFieldIsRefusedNamingIt(String field) throws Exception {
        for (Object value : new Object[] {null, "   "}) {
            Map<String, Object> body = valid();
            body.put(field, value);
            mvc.perform(send(body)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(field))
                    .andExpect(jsonPath("$.error").value(containsString("Vui lòng nhập " + PublicInput.label(field))));
        }
        verify(feedback, never()).submit(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"senderName:200", "senderContact:200", "title:200", "content:4000"})
    void aFieldOverItsLimitIsRefusedNamingItAndTheLimitItselfIsAccepted(String fieldAndLimit) throws Exception {
        String field = fieldAndLimit.split(":")[0];
        int limit = Integer.parseInt(fieldAndLimit.split(":")[1]);
        when(feedback.submit(any())).thenReturn(new Receipt(CODE, LocalDate.of(2026, 12, 11), null));

        // a contact must be an e-mail address (or a phone number): the long one is an address
        String end = field.equals("senderContact") ? "@example.vn" : "";
        Map<String, Object> atLimit = valid();
        atLimit.put(field, "ệ".repeat(limit - end.length()) + end);
        mvc.perform(send(atLimit)).andExpect(status().isCreated());

        Map<String, Object> over = valid();
        over.put(field, "ệ".repeat(limit + 1 - end.length()) + end);
        mvc.perform(send(over)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.error").value(containsString("dài quá " + limit + " ký tự")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0912", "091234567", "09123456789", "1912345678", "+1 202 555 0100",
            "minh.pv@example", "Minh <minh@example.vn>", "0912 345 678 hoặc 0987 654 321"})
    void aContactThatIsNeitherAVietnamesePhoneNumberNorAnEMailAddressIsRefused(String contact) throws Exception {
        Map<String, Object> body = valid();
        body.put("senderContact", contact);
        mvc.perform(send(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("senderContact"))
                .andExpect(jsonPath("$.error").value(containsString("Số điện thoại hoặc email chưa đúng")));
        verify(feedback, never()).submit(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "0912 345 678", "0912.345.678", "+84 912 345 678", "84912345678",
            "0208 3863 115", "hoa.nt@example.vn"})
    void aVietnamesePhoneNumberOrAnEMailAddressIsAccepted(String contact) throws Exception {
        when(feedback.submit(any())).thenReturn(new Receipt(CODE, LocalDate.of(2026, 12, 11), null));
        Map<String, Object> body = valid();
        body.put("senderContact", contact);
        mvc.perform(send(body)).andExpect(status().isCreated());
    }

    @Test
    void contentShorterThanASentenceIsRefused() throws Exception {
        when(feedback.submit(any())).thenReturn(new Receipt(CODE, LocalDate.of(2026, 12, 11), null));
        Map<String, Object> body = valid();
        body.put("content", "x");
        mvc.perform(send(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("content"))
                .andExpect(jsonPath("$.error").value(containsString("Nội dung quá ngắn")))
                .andExpect(jsonPath("$.error").value(containsString("ít nhất 20 ký tự")));
        body.put("content", "ệ".repeat(19));
        mvc.perform(send(body)).andExpect(status().isBadRequest());
        verify(feedback, never()).submit(any());
        body.put("content", "ệ".repeat(20));
        mvc.perform(send(body)).andExpect(status().isCreated());
    }

    @Test
    void aLookupShowsTheTriageNoticeAndWhetherAnAdditionIsAwaited() throws Exception {
        when(feedback.status(CODE)).thenReturn(Optional.of(new CaseStatus("PA-2026-0002", "needs-information",
                "Cần bổ sung thông tin", LocalDate.of(2026, 12, 11), null, null, false,
                "Xin cho biết địa điểm cụ thể. (Hạn bổ sung: hết ngày 17/12/2026.)")));
        mvc.perform(get("/api/public/feedback/" + CODE).with(from(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("needs-information"))
                .andExpect(jsonPath("$.notice").value(containsString("Xin cho biết địa điểm cụ thể")))
                .andExpect(jsonPath("$.additionRequested").value(true))
                .andExpect(jsonPath("$.answer").value(nullValue()));

        when(feedback.status(CODE)).thenReturn(Optional.of(new CaseStatus("PA-2026-0003", "rejected",
                "Không tiếp nhận", LocalDate.of(2026, 12, 11), null, null, false,
                "Nội dung là quảng cáo, không phải phản ánh về hoạt động của phường.")));
        mvc.perform(get("/api/public/feedback/" + CODE).with(from(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("rejected"))
                .andExpect(jsonPath("$.statusLabel").value("Không tiếp nhận"))
                .andExpect(jsonPath("$.notice").value(containsString("quảng cáo")))
                .andExpect(jsonPath("$.additionRequested").value(false));
    }

    @Test
    void aLookupShowsWhereATransferredMatterWent() throws Exception {
        when(feedback.status(CODE)).thenReturn(Optional.of(new CaseStatus("PA-2026-0004", "transferred",
                "Đã chuyển cơ quan có thẩm quyền", LocalDate.of(2026, 12, 11), null, null, false,
                "Quốc lộ 3 do tỉnh quản lý. (Cơ quan có thẩm quyền: Sở Xây dựng tỉnh Thái Nguyên.)")));
        mvc.perform(get("/api/public/feedback/" + CODE).with(from(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("transferred"))
                .andExpect(jsonPath("$.statusLabel").value("Đã chuyển cơ quan có thẩm quyền"))
                .andExpect(jsonPath("$.notice").value(containsString("Sở Xây dựng tỉnh Thái Nguyên")))
                .andExpect(jsonPath("$.additionRequested").value(false))
                .andExpect(jsonPath("$.rateable").value(false))
                .andExpect(jsonPath("$.answer").value(nullValue()));
    }

    @Test
    void anAdditionIs204WhenAwaited409OtherwiseAndRefusedWhenEmptyOrTooShort() throws Exception {
        when(feedback.add(CODE, "Ở đầu ngõ 12, cạnh nhà văn hoá tổ Tân Thịnh."))
                .thenReturn(ResidentFeedback.AdditionOutcome.ADDED);
        mvc.perform(add(Map.of("content", " Ở đầu ngõ 12, cạnh nhà văn hoá tổ Tân Thịnh. ")))
                .andExpect(status().isNoContent());

        when(feedback.add(CODE, "Ở đầu ngõ 12, cạnh nhà văn hoá tổ Tân Thịnh (lần hai)."))
                .thenReturn(ResidentFeedback.AdditionOutcome.NOT_WAITING);
        mvc.perform(add(Map.of("content", "Ở đầu ngõ 12, cạnh nhà văn hoá tổ Tân Thịnh (lần hai).")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value(containsString("không chờ bổ sung")));

        mvc.perform(add(Map.of("content", " "))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("addition"))
                .andExpect(jsonPath("$.error").value(containsString("Vui lòng nhập nội dung bổ sung")));
        mvc.perform(add(Map.of("content", "ngõ 12"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("addition"))
                .andExpect(jsonPath("$.error").value(containsString("Nội dung bổ sung quá ngắn")));
        verify(feedback, org.mockito.Mockito.times(2)).add(anyString(), anyString());
    }

    @Test
    void aCategoryNotInTheListIsRefused() throws Exception {
        for (Object category : new Object[] {null, "", "chinh-tri", "<script>alert(1)</script>"}) {
            Map<String, Object> body = valid();
            body.put("category", category);
            mvc.perform(send(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("category"));
        }
        verify(feedback, never()).submit(any());
    }

    @Test
    void controlCharactersAndBrokenUnicodeAreRefused() throws Exception {
        for (String bad : new String[] {"a\u0000b", "a\u001bb", "a\ud800b", "a\udc00"}) {
            Map<String, Object> body = valid();
            body.put("title", bad);
            mvc.perform(send(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"))
                    .andExpect(jsonPath("$.error").value(containsString("ký tự không hợp lệ")));
        }
        verify(feedback, never()).submit(any());
    }

    @Test
    void aFieldOfTheWrongTypeOrABodyThatIsNotJsonIsRefused() throws Exception {
        Map<String, Object> body = valid();
        body.put("title", Map.of("x", 1));
        mvc.perform(send(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"));

        mvc.perform(post("/api/public/feedback").with(from(client)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("không đọc được")));
        mvc.perform(post("/api/public/feedback").with(from(client)).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/public/feedback").with(from(client)).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value(containsString("JSON")));
        verify(feedback, never()).submit(any());
    }

    @Test
    void theProceduresOwnRefusalIs400() throws Exception {
        when(feedback.submit(any())).thenThrow(new CaseStartException("Biến 'category' không hợp lệ"));
        mvc.perform(send(valid())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("Chưa gửi được phản ánh")));
    }

    @Test
    void aFailureBehindIsA500WithAMessageAndNoDetail() throws Exception {
        when(feedback.submit(any())).thenThrow(new IllegalStateException("database at jdbc:h2:secret is down"));
        MvcResult result = mvc.perform(send(valid())).andExpect(status().isInternalServerError()).andReturn();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Hệ thống đang gặp sự cố").doesNotContain("jdbc");
    }

    @Test
    void anUnreachableDatabaseIsA503ToTryAgainLater() throws Exception {
        when(feedback.submit(any())).thenThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out")));
        mvc.perform(send(valid())).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS))
                .andExpect(jsonPath("$.error").value(DatabaseOutage.MESSAGE));
    }

    @Test
    void scriptPayloadsInEveryFieldTravelOnlyAsJsonStrings() throws Exception {
        when(feedback.submit(any())).thenReturn(new Receipt(CODE, LocalDate.of(2026, 12, 11), null));
        for (String payload : PAYLOADS) {
            Map<String, Object> body = valid();
            // a contact is a phone number or an e-mail address, so a payload there is refused outright
            Map<String, Object> asContact = valid();
            asContact.put("senderContact", payload);
            mvc.perform(send(asContact)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("senderContact"));
            body.replaceAll((field, value) -> field.equals("category") || field.equals("senderContact") ? value
                    : payload);
            mvc.perform(send(body)).andExpect(status().isCreated())
                    .andExpect(header().string("Content-Type", containsString("application/json")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
        ArgumentCaptor<NewFeedback> sent = ArgumentCaptor.forClass(NewFeedback.class);
        verify(feedback, org.mockito.Mockito.times(2)).submit(sent.capture());
        assertThat(sent.getAllValues()).extracting(NewFeedback::title).containsExactlyElementsOf(PAYLOADS);

        // and back out: the answer, the title, everything is a JSON string, read back exactly, served as JSON
        when(feedback.status(CODE)).thenReturn(Optional.of(new CaseStatus("PA-2026-0001", "answered", "Đã trả lời",
                LocalDate.of(2026, 12, 11), null, PAYLOADS.get(1), true)));
        MvcResult status = mvc.perform(get("/api/public/feedback/" + CODE).with(from(client)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andReturn();
        assertThat(json.readTree(status.getResponse().getContentAsByteArray()).path("answer").asText())
                .isEqualTo(PAYLOADS.get(1));
    }

    @Test
    void aLookupAnswersTheStatusTheDueDateAndTheAnswerOnlyOncePublished() throws Exception {
        when(feedback.status(CODE)).thenReturn(Optional.of(new CaseStatus("PA-2026-0001", "in-progress",
                "Đang giải quyết", LocalDate.of(2026, 12, 11), null, null, false)));

        mvc.perform(get("/api/public/feedback/" + CODE).with(from(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("in-progress"))
                .andExpect(jsonPath("$.statusLabel").value("Đang giải quyết"))
                .andExpect(jsonPath("$.dueDate").value("2026-12-11"))
                .andExpect(jsonPath("$.answer").value(nullValue()))
                .andExpect(jsonPath("$.rateable").value(false))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void anUnknownCodeIs404() throws Exception {
        when(feedback.status(anyString())).thenReturn(Optional.empty());
        mvc.perform(get("/api/public/feedback/AAAA-BBBB-CCCC").with(from(client))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value(containsString("Không tìm thấy")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%3Cscript%3Ealert(1)%3C%2Fscript%3E", "abc%20def", "%22%3E%3Cimg", "x'%20OR%20'1'='1",
            "%E1%BB%87", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%00"})
    void aGarbledCodeIs404WithoutAskingTheProcedure(String code) throws Exception {
        mvc.perform(get("/api/public/feedback/" + code).with(from(client))).andExpect(status().isNotFound());
        mvc.perform(post("/api/public/feedback/" + code + "/rating").with(from(client))
                .contentType(MediaType.APPLICATION_JSON).content("{\"score\": 5}")).andExpect(status().isNotFound());
        verify(feedback, never()).status(anyString());
        verify(feedback, never()).rate(anyString(), anyInt(), anyString());
    }

    @Test
    void aRatingOfThePublishedAnswerIs204() throws Exception {
        when(feedback.rate(CODE, 4, "Trả lời rõ ràng")).thenReturn(RatingOutcome.RATED);
        mvc.perform(rate(Map.of("score", 4, "comment", " Trả lời rõ ràng "))).andExpect(status().isNoContent());
        verify(feedback).rate(CODE, 4, "Trả lời rõ ràng");
    }

    @Test
    void aRatingWithoutCommentIsAccepted() throws Exception {
        when(feedback.rate(CODE, 5, "")).thenReturn(RatingOutcome.RATED);
        mvc.perform(rate(Map.of("score", 5))).andExpect(status().isNoContent());
    }

    @Test
    void aRatingNotOpenIs409AndAnUnknownCodeIs404() throws Exception {
        when(feedback.rate(CODE, 3, "")).thenReturn(RatingOutcome.NOT_OPEN_FOR_RATING);
        mvc.perform(rate(Map.of("score", 3))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(containsString("Chưa thể đánh giá")));

        when(feedback.rate(CODE, 3, "")).thenReturn(RatingOutcome.UNKNOWN_CODE);
        mvc.perform(rate(Map.of("score", 3))).andExpect(status().isNotFound());
    }

    @Test
    void aScoreOutside1To5OrNotAWholeNumberIsRefused() throws Exception {
        for (Object score : new Object[] {0, 6, -1, 4.5, "5", 3_000_000_000L, List.of(5)}) {
            mvc.perform(rate(Map.of("score", score))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("score"));
        }
        mvc.perform(rate(Map.of("comment", "hay"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("score"));
        verify(feedback, never()).rate(anyString(), anyInt(), anyString());
    }

    @Test
    void aCommentOverItsLimitIsRefusedAndScriptInItIsPassedOnAsText() throws Exception {
        mvc.perform(rate(Map.of("score", 1, "comment", "ệ".repeat(1001)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("comment"));

        when(feedback.rate(CODE, 1, PAYLOADS.get(0))).thenReturn(RatingOutcome.RATED);
        mvc.perform(rate(Map.of("score", 1, "comment", PAYLOADS.get(0)))).andExpect(status().isNoContent());
    }

    @Test
    void publishedAnswersArePaged() throws Exception {
        PublishedAnswer answer = new PublishedAnswer("PA-2026-0001", "moi-truong", "Môi trường", PAYLOADS.get(0),
                "Đã thu gom rác.", "Phòng Kinh tế, Hạ tầng và Đô thị", LocalDate.of(2026, 12, 1));
        when(feedback.publishedAnswers(2, 5)).thenReturn(new AnswerPage(List.of(answer), 2, 5, 11));

        mvc.perform(get("/api/public/answers?page=2&size=5").with(from(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].caseNumber").value("PA-2026-0001"))
                .andExpect(jsonPath("$.items[0].title").value(PAYLOADS.get(0)))
                .andExpect(jsonPath("$.items[0].publishedOn").value("2026-12-01"))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.total").value(11));

        when(feedback.publishedAnswers(0, 10)).thenReturn(new AnswerPage(List.of(), 0, 10, 0));
        mvc.perform(get("/api/public/answers").with(from(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void aBadPageOrSizeIsRefusedNamingIt() throws Exception {
        for (String query : new String[] {"page=-1", "page=x", "size=0", "size=51", "size=abc"}) {
            mvc.perform(get("/api/public/answers?" + query).with(from(client))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(query.split("=")[0]));
        }
        verify(feedback, never()).publishedAnswers(anyInt(), anyInt());
    }

    @Test
    void theCategoriesHaveVietnameseNames() throws Exception {
        mvc.perform(get("/api/public/categories")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(9))
                .andExpect(jsonPath("$[0].code").value("thu-tuc-hanh-chinh"))
                .andExpect(jsonPath("$[0].label").value("Thủ tục hành chính"))
                .andExpect(jsonPath("$[8].code").value("khac"));
    }

    @Test
    void aBodyOverTheCapIs413WithOrWithoutContentLength() throws Exception {
        Map<String, Object> body = valid();
        body.put("content", "a".repeat(17 * 1024));
        mvc.perform(send(body)).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").value(containsString("quá lớn")));

        // a body whose declared length is a lie is still read only up to the cap
        mvc.perform(post("/api/public/feedback").with(from(client)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsBytes(body)).with(request -> {
                    request.removeHeader("Content-Length");
                    return request;
                })).andExpect(status().isPayloadTooLarge());
        verify(feedback, never()).submit(any());
    }

    @Test
    void theSixthSubmissionWithinTenMinutesIs429WithRetryAfter() throws Exception {
        when(feedback.submit(any())).thenReturn(new Receipt(CODE, LocalDate.of(2026, 12, 11), null));
        for (int i = 0; i < 5; i++) {
            mvc.perform(send(valid())).andExpect(status().isCreated());
        }
        mvc.perform(send(valid())).andExpect(status().isTooManyRequests())
                .andExpect(retryAfterUpTo(120))
                .andExpect(jsonPath("$.error").value(containsString("thử lại sau 2 phút")));

        // another resident is not held back, and looking up is limited separately
        when(feedback.status(CODE)).thenReturn(Optional.empty());
        mvc.perform(get("/api/public/feedback/" + CODE).with(from(client))).andExpect(status().isNotFound());
        mvc.perform(send(valid()).with(from("198.51.100.200"))).andExpect(status().isCreated());
    }

    @Test
    void tryingCodesOneAfterAnotherIsStoppedAtTheLookupLimit() throws Exception {
        when(feedback.status(anyString())).thenReturn(Optional.empty());
        for (int i = 0; i < 60; i++) {
            mvc.perform(get("/api/public/feedback/CODE-" + i).with(from(client))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/public/feedback/CODE-60").with(from(client))).andExpect(status().isTooManyRequests())
                .andExpect(retryAfterUpTo(60))
                .andExpect(jsonPath("$.error").value(containsString("thử lại sau")));
        mvc.perform(rate(Map.of("score", 5))).andExpect(status().isTooManyRequests());
    }

    @Test
    void forwardedForIsNotBelievedFromAnUntrustedPeer() throws Exception {
        when(feedback.submit(any())).thenReturn(new Receipt(CODE, LocalDate.of(2026, 12, 11), null));
        for (int i = 0; i < 5; i++) {
            mvc.perform(send(valid()).header("X-Forwarded-For", "203.0.113." + i)).andExpect(status().isCreated());
        }
        mvc.perform(send(valid()).header("X-Forwarded-For", "203.0.113.99")).andExpect(status().isTooManyRequests());
    }

    /** The wait for one more request, less the (few) seconds the test itself took. */
    private static ResultMatcher retryAfterUpTo(int seconds) {
        return result -> assertThat(Integer.parseInt(result.getResponse().getHeader("Retry-After")))
                .isBetween(seconds - 15, seconds);
    }

    private Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("senderName", "Nguyễn Thị Hoa");
        body.put("senderContact", "0912 345 678");
        body.put("category", "moi-truong");
        body.put("title", "Rác thải ở đầu ngõ 12");
        body.put("content", "Rác thải tồn đọng ở đầu ngõ 12 tổ dân phố Tân Thịnh đã ba ngày.");
        return body;
    }

    private MockHttpServletRequestBuilder send(Map<String, Object> body) throws Exception {
        return post("/api/public/feedback").with(from(client)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsBytes(body));
    }

    private MockHttpServletRequestBuilder add(Map<String, Object> body) throws Exception {
        return post("/api/public/feedback/" + CODE + "/addition").with(from(client))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
    }

    private MockHttpServletRequestBuilder rate(Map<String, Object> body) throws Exception {
        return post("/api/public/feedback/" + CODE + "/rating").with(from(client))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
