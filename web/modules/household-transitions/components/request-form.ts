import type { Dayjs } from 'dayjs';
import type { DiscoveryChannel, MonitoringType, TransitionKind } from '../../../../contracts/household-codes.ts';
import type { TransitionRequestBody } from '../../../../contracts/household-transitions.ts';

export type RequestFormValues = {
  reason?: string;
  appliedOn?: Dayjs | null;
  monitoringType?: MonitoringType;
  discoveryChannel?: DiscoveryChannel;
  discoveredOn?: Dayjs | null;
  supportNote?: string;
};

/** The form's values in the contract's shape for the kind asked. */
export function toRequestBody(kind: TransitionKind, values: RequestFormValues): TransitionRequestBody {
  const reason = values.reason?.trim() ?? '';
  switch (kind) {
    case 'identification':
    case 'exit': {
      const appliedOn = values.appliedOn?.format('YYYY-MM-DD');
      return { kind, reason, ...(appliedOn ? { appliedOn } : {}) };
    }
    case 'monitoring':
      return {
        kind,
        reason,
        monitoringType: values.monitoringType ?? ('' as MonitoringType),
        discoveryChannel: values.discoveryChannel ?? ('' as DiscoveryChannel),
        discoveredOn: values.discoveredOn?.format('YYYY-MM-DD') ?? '',
      };
    case 'risk_removal': {
      const supportNote = values.supportNote?.trim();
      return { kind, reason, ...(supportNote ? { supportNote } : {}) };
    }
  }
}
