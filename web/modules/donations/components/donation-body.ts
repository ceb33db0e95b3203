import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { DonationBody, DonationForm, DonationPatchBody, DonationView, DonorKind } from '../../../../contracts/donations.ts';

const DATE = 'YYYY-MM-DD';

export type DonationFormValues = {
  divisionCode?: string | null;
  donor?: string;
  donorKind?: DonorKind;
  form?: DonationForm;
  value?: string;
  goods?: string;
  quantity?: string;
  unit?: string;
  purpose?: string;
  receivedOn?: Dayjs | null;
  projectId?: string | null;
  arrangedByCadreId?: string | null;
  receiptNo?: string;
};

const filled = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
};

/** The optional fields as the form holds them; money leaves the goods fields behind, hidden as they are. */
function optionals(values: DonationFormValues) {
  const goods = values.form === 'goods';
  return {
    goods: goods ? filled(values.goods) : null,
    quantity: goods ? filled(values.quantity) : null,
    unit: goods ? filled(values.unit) : null,
    projectId: values.projectId || null,
    arrangedByCadreId: values.arrangedByCadreId || null,
    receiptNo: filled(values.receiptNo),
  };
}

function required(values: DonationFormValues) {
  return {
    donor: values.donor?.trim() ?? '',
    donorKind: values.donorKind ?? 'enterprise',
    form: values.form ?? 'money',
    value: values.value?.trim() ?? '',
    purpose: values.purpose?.trim() ?? '',
    receivedOn: values.receivedOn?.format(DATE) ?? '',
    divisionCode: values.divisionCode ?? '',
  };
}

/** A new gift in the contract's shape: optional fields left empty are left out. */
export function toDonationBody(values: DonationFormValues): DonationBody {
  const present = Object.fromEntries(Object.entries(optionals(values)).filter(([, value]) => value !== null));
  return { ...required(values), ...present };
}

/** A change to a gift: every field, with null where the form was emptied, so clearing a project clears it. */
export function toDonationPatch(values: DonationFormValues): DonationPatchBody {
  return { ...required(values), ...optionals(values) };
}

export function donationFormValuesOf(donation: DonationView): DonationFormValues {
  return {
    divisionCode: donation.divisionCode,
    donor: donation.donor,
    donorKind: donation.donorKind,
    form: donation.form,
    value: donation.value,
    goods: donation.goods ?? undefined,
    quantity: donation.quantity ?? undefined,
    unit: donation.unit ?? undefined,
    purpose: donation.purpose,
    receivedOn: dayjs(donation.receivedOn),
    projectId: donation.projectId,
    arrangedByCadreId: donation.arrangedByCadreId,
    receiptNo: donation.receiptNo ?? undefined,
  };
}

/** A team leader's scope is one village: the form starts there. */
export function villageOfScope(divisionCode: string | null | undefined): string | null {
  return divisionCode && /^\d{12}$/.test(divisionCode) && !divisionCode.endsWith('000') ? divisionCode : null;
}
