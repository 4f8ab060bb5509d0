package org.puente.setup;

/** The demo municipality's catalogue as data: Metepec's departments, its 27 public services, its delegaciones and colonias. */
final class DemoCatalogue {

    private DemoCatalogue() {}

    /** key, name, e-mail of Metepec's departments that own services. */
    static final String[][] METEPEC_DEPARTMENTS = {
        {"gerencia", "Gerencia de la Ciudad", "gerencia.ciudad@metepec.gob.mx"},
        {"obras", "Dirección de Obras Públicas", "obras.publicas@metepec.gob.mx"},
        {"servicios", "Dirección de Servicios Públicos", "servicios.publicos@metepec.gob.mx"},
        {"agua", "Organismo de Agua Potable, Alcantarillado y Saneamiento", "atencion@opdapas-metepec.gob.mx"},
        {"ambiente", "Dirección de Medio Ambiente", "medio.ambiente@metepec.gob.mx"},
        {"movilidad", "Dirección de Movilidad", "movilidad@metepec.gob.mx"},
        {"seguridad", "Dirección de Seguridad Pública", "seguridad@metepec.gob.mx"},
        {"urbano", "Dirección de Desarrollo Urbano", "desarrollo.urbano@metepec.gob.mx"},
        {"civil", "Coordinación de Protección Civil", "proteccion.civil@metepec.gob.mx"},
        {"salud", "Coordinación de Salud Municipal", "salud@metepec.gob.mx"},
    };

    /** department key, code, name, description: the 27 public services of the *7311 catalogue. */
    static final String[][] METEPEC_SERVICES = {
        {"obras", "bacheo", "Bacheo", "Baches y hundimientos en calles y avenidas"},
        {"servicios", "alumbrado-publico", "Alumbrado público", "Luminarias apagadas, intermitentes o dañadas"},
        {"servicios", "recoleccion-basura", "Recolección de basura", "El camión recolector no pasó o dejó residuos"},
        {"agua", "fuga-agua", "Fugas de agua", "Fugas de agua potable en la vía pública o en tomas"},
        {"agua", "falta-agua", "Falta de agua", "Sin suministro de agua potable"},
        {"agua", "drenaje", "Drenaje", "Drenaje tapado, desbordado o con malos olores"},
        {"agua", "coladeras", "Coladeras y alcantarillas", "Coladeras sin tapa, rotas u obstruidas"},
        {"agua", "desazolve", "Desazolve", "Limpieza de canales, zanjas y redes de drenaje"},
        {"ambiente", "poda-arboles", "Poda y retiro de árboles", "Árboles que requieren poda o representan riesgo"},
        {"servicios", "parques-jardines", "Parques y jardines", "Mantenimiento de parques, camellones y áreas verdes"},
        {"servicios", "barrido", "Barrido de calles", "Limpieza de calles, avenidas y espacios públicos"},
        {"ambiente", "tiraderos", "Tiraderos clandestinos", "Basura o cascajo abandonado en la vía pública"},
        {"servicios", "animales-muertos", "Retiro de animales muertos", "Animales muertos en la vía pública"},
        {"movilidad", "semaforos", "Semáforos", "Semáforos apagados, desfasados o dañados"},
        {"movilidad", "senalamiento", "Señalamiento vial", "Señales de tránsito dañadas, caídas o faltantes"},
        {"movilidad", "balizamiento", "Balizamiento", "Pintura de pasos peatonales, líneas y guarniciones"},
        {"movilidad", "topes", "Topes y reductores de velocidad", "Solicitud o reparación de topes"},
        {"obras", "banquetas", "Banquetas y guarniciones", "Banquetas rotas, levantadas o inexistentes"},
        {"obras", "obra-inconclusa", "Obra pública inconclusa", "Obras municipales detenidas o mal terminadas"},
        {"servicios", "panteones", "Panteones municipales", "Mantenimiento y limpieza de panteones"},
        {"servicios", "grafiti", "Grafiti en espacios públicos", "Pintas en bardas, mobiliario y edificios públicos"},
        {"seguridad", "vehiculos-abandonados", "Vehículos abandonados", "Vehículos abandonados en la vía pública"},
        {"ambiente", "ruido", "Ruido excesivo", "Ruido de establecimientos, eventos o vehículos"},
        {"salud", "fauna-callejera", "Fauna en situación de calle", "Perros y gatos en situación de calle o agresivos"},
        {"urbano", "construccion-irregular", "Construcción irregular", "Obras sin licencia o fuera de norma"},
        {
            "urbano",
            "invasion-via-publica",
            "Invasión de la vía pública",
            "Objetos, puestos o construcciones que obstruyen el paso"
        },
        {"civil", "riesgo", "Riesgos de protección civil", "Postes, bardas o estructuras en riesgo de caer"},
    };

    /** A one-element row starts a delegación; then colonia, postal code, latitude, longitude. */
    static final String[][] METEPEC_COLONIAS = {
        {"Cabecera Municipal"},
        {"Barrio de Santa Cruz", "52140", "19.254900", "-99.604700"},
        {"Barrio de San Mateo", "52140", "19.257800", "-99.607900"},
        {"Barrio de Coaxustenco", "52140", "19.250300", "-99.600900"},
        {"Barrio del Espíritu Santo", "52140", "19.258600", "-99.600100"},
        {"Barrio de San Miguel", "52140", "19.251800", "-99.610300"},
        {"San Salvador Tizatlalli"},
        {"San Salvador Tizatlalli", "52172", "19.271800", "-99.592300"},
        {"Infonavit San Francisco", "52172", "19.276200", "-99.585900"},
        {"Las Marinas", "52177", "19.266900", "-99.583800"},
        {"Izcalli Cuauhtémoc", "52176", "19.273500", "-99.578800"},
        {"San Jerónimo Chicahualco"},
        {"San Jerónimo Chicahualco", "52170", "19.278900", "-99.598800"},
        {"La Providencia", "52177", "19.268300", "-99.603400"},
        {"Fraccionamiento Hípico", "52156", "19.283200", "-99.603000"},
        {"San Lorenzo Coacalco"},
        {"San Lorenzo Coacalco", "52140", "19.262900", "-99.615200"},
        {"Casa Blanca", "52175", "19.272200", "-99.614900"},
        {"Pilares", "52179", "19.264500", "-99.622700"},
        {"San Gaspar Tlahuelilpan"},
        {"San Gaspar Tlahuelilpan", "52147", "19.234300", "-99.588800"},
        {"Bellavista", "52172", "19.240800", "-99.580400"},
        {"Rancho San Lucas", "52169", "19.245200", "-99.575300"},
        {"San Lucas Tunco"},
        {"San Lucas Tunco", "52160", "19.247400", "-99.588600"},
        {"Llano Grande", "52148", "19.238200", "-99.596000"},
        {"San Bartolomé Tlaltelulco"},
        {"San Bartolomé Tlaltelulco", "52160", "19.223500", "-99.599200"},
        {"La Asunción", "52168", "19.229800", "-99.607000"},
        {"San Miguel Totocuitlapilco"},
        {"San Miguel Totocuitlapilco", "52150", "19.220700", "-99.616700"},
        {"Xinantécatl", "52167", "19.231800", "-99.621400"},
        {"Santa María Magdalena Ocotitlán"},
        {"Santa María Magdalena Ocotitlán", "52159", "19.211300", "-99.610600"},
        {"Agrícola Francisco I. Madero", "52154", "19.214700", "-99.621700"},
    };
}
