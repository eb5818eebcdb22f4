package vn.phoihop.report;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.databind.JsonNode;
import vn.phoihop.events.AgencyChange;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Plays plan-service and task-service for the Đắk Nông 2020 plan on information against human trafficking
 * (seeds/003): the agency directory of the demo data plus five communes, the plan with its targets, a
 * district plan of Cư Jút implementing it, and the quarterly assignments of Quý II/2020.
 */
final class DakNong {
    static final String STTTT = "DKN.STTTT";
    static final String DAIPTTH = "DKN.DAIPTTH";
    static final String BAO = "DKN.BAODAKNONG";
    static final String TAPCHI = "DKN.TAPCHINAMNUNG";
    static final String CUJUT_PVHTT = "DKN.CUJUT.PVHTT";
    static final String GIANGHIA_PVHTT = "DKN.GIANGHIA.PVHTT";
    static final String EAPO = "DKN.CUJUT.EAPO";
    static final String NAMDONG = "DKN.CUJUT.NAMDONG";
    static final String VIETTEL = "DKN.VIETTEL";
    static final String SUBJECT = "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020";
    static final String PRESS_TASK = "Các cơ quan báo chí trên địa bàn tỉnh (Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)";
    static final String COMMUNES_TARGET = "trên 100% xã, phường, thị trấn nhận và triển khai tài liệu hướng dẫn thực hiện "
            + "chính sách, pháp luật, tài liệu truyền thông thay đổi hành vi về phòng, chống mua bán người";
    static final LocalDate DEADLINE = LocalDate.of(2020, 6, 20);
    static final LocalDate TELECOM_DEADLINE = LocalDate.of(2020, 6, 25);
    static final List<String> PRESS_INDICATORS = List.of("NEWS_ARTICLES", "REPORTAGES", "DOCUMENTARIES", "BROADCAST_MINUTES");
    static final List<String> DISTRICT_INDICATORS = List.of("COMMUNITY_EVENTS", "COMMUNITY_PARTICIPANTS",
            "POSTERS_BANNERS", "COMMUNES_REACHED", "LOCAL_RADIO_BROADCASTS");

    private static volatile boolean directoryKnown;

    /**
     * The directory of {@link #registerAgencies()}, once per run, waiting until this service knows every agency of
     * it: a token of an agency the service does not know is refused (403), not answered 404.
     */
    static void directoryKnown() {
        if (directoryKnown) {
            return;
        }
        registerAgencies();
        await().atMost(Assignments.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> vn.phoihop.report.directory.Agency.count("code in ?1", List.of(STTTT, DAIPTTH, BAO, TAPCHI,
                        "DKN.CAT", "DKN.UBND", VIETTEL, CUJUT_PVHTT, GIANGHIA_PVHTT, EAPO, NAMDONG)) == 11));
        directoryKnown = true;
    }

    /** The demo directory (agencies-dak-nong.json) and five communes, each as an AgencyChanged event. */
    static void registerAgencies() {
        try (InputStream in = DakNong.class.getResourceAsStream("/demo/agencies-dak-nong.json")) {
            for (JsonNode a : EventJson.MAPPER.readTree(in)) {
                String kind = switch (a.path("kind").asText()) {
                    case "CULTURE_OFFICE" -> "DISTRICT_UNIT";
                    case "TELECOM" -> "ENTERPRISE";
                    default -> a.path("kind").asText();
                };
                String parent = a.path("parentCode").isNull() ? null : a.path("parentCode").asText();
                agency(a.path("code").asText(), a.path("name").asText(), a.path("symbol").asText(), kind, parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        agency(EAPO, "Ủy ban nhân dân xã Ea Pô", "UBND", "COMMUNE_UNIT", "DKN.CUJUT");
        agency(NAMDONG, "Ủy ban nhân dân xã Nam Dong", "UBND", "COMMUNE_UNIT", "DKN.CUJUT");
        agency("DKN.CUJUT.EATLING", "Ủy ban nhân dân thị trấn Ea T'ling", "UBND", "COMMUNE_UNIT", "DKN.CUJUT");
        agency("DKN.GIANGHIA.NGHIADUC", "Ủy ban nhân dân phường Nghĩa Đức", "UBND", "COMMUNE_UNIT", "DKN.GIANGHIA");
        agency("DKN.GIANGHIA.DAKRMOAN", "Ủy ban nhân dân xã Đắk R'Moan", "UBND", "COMMUNE_UNIT", "DKN.GIANGHIA");
        // a commune's radio station is not a second commune
        agency("DKN.CUJUT.EAPO.DTT", "Đài truyền thanh xã Ea Pô", "ĐTT", "COMMUNE_UNIT", EAPO);
    }

    private static void agency(String code, String name, String symbol, String kind, String parent) {
        KafkaEvents.send(TestEvents.event(Topics.AGENCY, code, EventTypes.AGENCY_CHANGED, code,
                new AgencyChanged(UUID.randomUUID(), AgencyChange.REGISTERED, code, name, null, symbol, kind, parent,
                        "DKN", true, LocalDate.of(2020, 1, 1), List.of())));
    }

    static PlanIssued provincialPlan() {
        return new PlanIssued(UUID.randomUUID(), "15/KH-STTTT", STTTT, SUBJECT, LocalDate.of(2020, 4, 10), List.of(),
                "KH", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null, null,
                List.of(new PlanIssued.Target("COMMUNES_REACHED", COMMUNES_TARGET, new BigDecimal("100"), "%"),
                        new PlanIssued.Target("NEWS_ARTICLES", "Tin, bài về phòng, chống mua bán người năm 2020",
                                new BigDecimal("200"), "tin, bài")), 1);
    }

    /** Cư Jút's own plan implementing the province's (plan tree): the communes report to the district office. */
    static PlanIssued districtPlan(UUID parentPlanId) {
        return new PlanIssued(UUID.randomUUID(), "07/KH-PVHTT", CUJUT_PVHTT,
                "Tuyên truyền phòng, chống mua bán người trên địa bàn huyện Cư Jút năm 2020", LocalDate.of(2020, 4, 20),
                List.of(), "KH", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), parentPlanId, null, List.of(), 1);
    }

    static void issue(PlanIssued plan) {
        KafkaEvents.send(TestEvents.event(Topics.PLAN, plan.planId().toString(), EventTypes.PLAN_ISSUED, plan.issuerCode(), plan));
    }

    static TaskAssigned quarterly(PlanIssued plan, UUID taskId, String title, String agency, AssignmentRole role,
                                  String lead, String reportTo, LocalDate deadline, List<String> indicators) {
        return new TaskAssigned(UUID.randomUUID(), plan.planId(), plan.number(), plan.issuerCode(), taskId, title, agency,
                role, deadline, UUID.randomUUID(), "2020-Q2", "Quý II/2020", LocalDate.of(2020, 3, 15),
                LocalDate.of(2020, 6, 14), reportTo, lead, indicators);
    }

    private DakNong() {
    }
}
