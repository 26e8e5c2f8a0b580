package vn.phoyen.workflow.document;

import java.util.List;

/**
 * The signature block (Decree 30/2020, Appendix I): "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" when the Chairman signs for the
 * committee, "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when a Vice-Chairman signs for the Chairman, still on
 * behalf of the committee.
 */
public record Signature(List<String> heading, String name) {

    public Signature {
        heading = List.copyOf(heading);
    }

    public static Signature chairman(String name) {
        return new Signature(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), name);
    }

    public static Signature viceChairman(String name) {
        return new Signature(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), name);
    }
}
