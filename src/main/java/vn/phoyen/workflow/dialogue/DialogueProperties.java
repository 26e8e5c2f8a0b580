package vn.phoyen.workflow.dialogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ward.dialogue}.
 *
 * @param petitionSignatures the fewest voters' signatures on a petition that opens a dialogue conference
 *                           ({@code ward.dialogue.petition-signatures}). The law (Law on Organisation of Local
 *                           Government 2025, Art. 43) sets 10% of the ward's voters; the ward enters that number from
 *                           its latest voter list, since the voters of the ward are not data of this system
 */
@ConfigurationProperties("ward.dialogue")
record DialogueProperties(@DefaultValue("300") int petitionSignatures) {

    DialogueProperties {
        if (petitionSignatures < 1) {
            throw new IllegalArgumentException("ward.dialogue.petition-signatures: cần ít nhất 1 chữ ký");
        }
    }
}
