import type { Db } from '../../platform/db/client.ts';
import { codeInScope, type Scope } from '../../platform/access/scope.ts';
import { fieldHeader } from '../../../contracts/household-imports.ts';
import type { HouseholdData, HouseholdValues, RowError } from './household-imports.rows.ts';
import * as repo from './household-imports.repository.ts';

type Resolution = { code: string } | { error: RowError };

/**
 * Finds the village a row names, by code or by county, township and village names, and checks
 * it is a village inside the importer's scope. A ledger names a few hundred villages at most,
 * so each is looked up once.
 */
export class PlaceResolver {
  private readonly cache = new Map<string, Resolution>();
  constructor(private readonly db: Db, private readonly scope: Scope) {}

  /** The key of a row's place, or null when the row leaves the place to another row of its household. */
  static keyOf(values: HouseholdValues): string | null {
    if (values.divisionCode) return `code:${values.divisionCode}`;
    if (values.countyName && values.townshipName && values.villageName) return `names:${values.countyName}/${values.townshipName}/${values.villageName}`;
    return null;
  }

  /** The village already resolved for a household's place during the check. */
  cached(place: HouseholdData['place']): string | null {
    const key = 'divisionCode' in place ? `code:${place.divisionCode}` : `names:${place.county}/${place.township}/${place.village}`;
    const resolution = this.cache.get(key);
    return resolution && 'code' in resolution ? resolution.code : null;
  }

  async resolve(values: HouseholdValues): Promise<Resolution | null> {
    const key = PlaceResolver.keyOf(values);
    if (!key) return null;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const resolution = values.divisionCode ? await this.byCode(values.divisionCode) : await this.byNames(values.countyName!, values.townshipName!, values.villageName!);
    this.cache.set(key, resolution);
    return resolution;
  }

  private async byCode(code: string): Promise<Resolution> {
    const error = (message: string): Resolution => ({ error: { column: fieldHeader.divisionCode, message } });
    const [place] = await repo.findDivisionLevels(this.db, [code]);
    if (!place) return error(`行政区划代码 ${code} 不存在`);
    if (place.level !== 'village') return error(`行政区划代码 ${code} 不是行政村`);
    if (!codeInScope(this.scope, code)) return error(`行政村 ${code} 不在您的管辖范围内`);
    return { code };
  }

  private async byNames(county: string, township: string, village: string): Promise<Resolution> {
    const codes = await repo.findVillagesByNames(this.db, this.scope, { county, township, village });
    if (codes.length === 1) return { code: codes[0]! };
    const message = codes.length === 0 ? `未找到${county}${township}${village}，或该村不在您的管辖范围内` : `${county}${township}有多个名为“${village}”的行政村，请改填行政区划代码`;
    return { error: { column: fieldHeader.villageName, message } };
  }
}
