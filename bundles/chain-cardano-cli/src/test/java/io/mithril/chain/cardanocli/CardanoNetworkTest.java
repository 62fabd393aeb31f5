package io.mithril.chain.cardanocli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class CardanoNetworkTest {
    @Test
    void namedNetworksHaveTheirMagic() {
        assertEquals(List.of("--mainnet"), CardanoNetwork.fromConfiguration("mainnet", OptionalLong.empty())
                .cliArguments());
        assertEquals(List.of("--testnet-magic", "1"), CardanoNetwork.fromConfiguration("preprod", OptionalLong.of(9))
                .cliArguments());
        assertEquals(List.of("--testnet-magic", "2"), CardanoNetwork.fromConfiguration("preview", OptionalLong.empty())
                .cliArguments());
        assertEquals(List.of("--testnet-magic", "42"), CardanoNetwork.fromConfiguration("devnet", OptionalLong.empty())
                .cliArguments());
        assertEquals(List.of("--testnet-magic", "764"), CardanoNetwork.fromConfiguration("private",
                OptionalLong.of(764)).cliArguments());
    }

    @Test
    void privateNeedsAMagicAndUnknownNamesFail() {
        assertThrows(IllegalArgumentException.class,
                () -> CardanoNetwork.fromConfiguration("private", OptionalLong.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> CardanoNetwork.fromConfiguration("testnet", OptionalLong.empty()));
    }
}
