package io.mithril.core.internal.store;

import io.mithril.domain.EpochSettings;
import io.mithril.domain.SigningConfig;
import io.mithril.domain.message.ProtocolParametersMessage;
import io.mithril.domain.message.SigningConfigMessage;
import io.mithril.store.EpochSettingRecord;

/** {@code epoch_setting} rows: protocol parameters and optional CTx/CBTx signing configurations as JSON. */
public final class EpochSettingsRecords {
    private EpochSettingsRecords() {
    }

    public static EpochSettingRecord toRecord(long epoch, EpochSettings settings) {
        return new EpochSettingRecord(epoch, Json.write(ProtocolParametersMessage.from(settings.protocolParameters())),
                signingConfigJson(settings.cardanoTransactionsSigningConfig()),
                signingConfigJson(settings.cardanoBlocksTransactionsSigningConfig()));
    }

    public static EpochSettings toDomain(EpochSettingRecord record) {
        return new EpochSettings(Json.read(record.protocolParameters(), ProtocolParametersMessage.class).toDomain(),
                signingConfig(record.cardanoTransactionsSigningConfig()),
                signingConfig(record.cardanoBlocksTransactionsSigningConfig()));
    }

    public static String signingConfigJson(SigningConfig config) {
        return config == null ? null : Json.write(SigningConfigMessage.from(config));
    }

    private static SigningConfig signingConfig(String json) {
        return json == null || json.isBlank() ? null : Json.read(json, SigningConfigMessage.class).toDomain();
    }
}
