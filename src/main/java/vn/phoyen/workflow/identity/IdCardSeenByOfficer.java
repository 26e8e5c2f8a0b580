package vn.phoyen.workflow.identity;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.WardClock;

/**
 * The one verification this system can really make: the officer at the desk saw the citizen's identity card. It is
 * recorded as exactly that, with who and when; nothing is looked up.
 */
@Component
class IdCardSeenByOfficer implements PopulationRegister {

    static final String METHOD = "officer-saw-card";

    @Override
    public Verification verify(Request request) {
        if (!request.cardSeen() || request.officer() == null) {
            return new Verification(false, METHOD, request.officer(), WardClock.instant(),
                    "Cán bộ chưa xác nhận đã xem thẻ căn cước/CCCD của công dân");
        }
        return new Verification(true, METHOD, request.officer(), WardClock.instant(),
                "Cán bộ đã đối chiếu thẻ căn cước/CCCD do công dân xuất trình (không tra cứu Cơ sở dữ liệu quốc gia"
                        + " về dân cư)");
    }
}
